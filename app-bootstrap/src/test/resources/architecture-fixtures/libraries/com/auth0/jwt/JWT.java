package com.auth0.jwt;

public class JWT {}
