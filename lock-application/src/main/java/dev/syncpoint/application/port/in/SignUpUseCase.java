package dev.syncpoint.application.port.in;

/** Open an account with the role {@code user} and sign its owner in. */
public interface SignUpUseCase {

    SignUpResult signUp(SignUpCommand command);
}
