package dev.syncpoint.bootstrap.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Environment settings, as {@code NAME=value}, for the server a browser test class runs against. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface ServerEnvironment {

    String[] value();
}
