package org.jdbi.v3.core;

public class Jdbi {}
