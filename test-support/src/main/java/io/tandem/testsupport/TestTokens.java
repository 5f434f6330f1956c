package io.tandem.testsupport;

import io.tandem.cli.token.LocalKeys;
import io.tandem.cli.token.TokenMinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;

/**
 * A key pair made for one test run, with its public key in a PEM file for the services'
 * {@code tandem.security.public-key-location}, and tokens signed with it.
 */
public final class TestTokens {

    private static TestTokens instance;

    private final KeyPair keys;
    private final Path publicKeyFile;
    private final TokenMinter minter;

    private TestTokens(KeyPair keys, Path publicKeyFile) {
        this.keys = keys;
        this.publicKeyFile = publicKeyFile;
        this.minter = new TokenMinter(keys);
    }

    public static synchronized TestTokens get() {
        if (instance == null) {
            try {
                Path folder = Files.createTempDirectory("tandem-test-keys");
                KeyPair keys = LocalKeys.loadOrCreate(folder);
                instance = new TestTokens(keys, folder.resolve(LocalKeys.PUBLIC_KEY_FILE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Returns the value for {@code tandem.security.public-key-location}. */
    public String publicKeyLocation() {
        return "file:" + publicKeyFile.toAbsolutePath();
    }

    public KeyPair keys() {
        return keys;
    }

    public String token(String userId, String organization) {
        return minter.mint(userId, userId, organization, Duration.ofHours(1));
    }

    public String token(String userId, String name, String organization) {
        return minter.mint(userId, name, organization, Duration.ofHours(1));
    }
}
