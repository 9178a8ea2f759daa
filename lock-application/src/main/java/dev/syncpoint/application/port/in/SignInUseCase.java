package dev.syncpoint.application.port.in;

/** Exchange an email and password for a bearer token. */
public interface SignInUseCase {

    SignInResult signIn(String email, String password);
}
