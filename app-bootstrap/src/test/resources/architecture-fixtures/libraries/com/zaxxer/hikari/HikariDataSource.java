package com.zaxxer.hikari;

public class HikariDataSource {}
