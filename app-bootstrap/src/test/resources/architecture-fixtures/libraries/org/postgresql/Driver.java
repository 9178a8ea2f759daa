package org.postgresql;

public class Driver {}
