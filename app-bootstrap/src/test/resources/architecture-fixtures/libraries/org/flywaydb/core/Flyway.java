package org.flywaydb.core;

public class Flyway {}
