package io.javalin;

public class Javalin {}
