package it.convergo.assignment;

/** Bad command-line input: the message is shown to the user as is. */
final class InputException extends Exception {

    InputException(String message) {
        super(message);
    }
}
