"""Examples of testing your own persona agent with simulate.testing (run: pytest examples/)."""
