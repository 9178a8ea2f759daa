package org.eclipse.jetty.server;

public class Server {}
