package tools.jackson.databind;

public class ObjectMapper {}
