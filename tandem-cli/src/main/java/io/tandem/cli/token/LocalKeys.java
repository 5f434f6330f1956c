package io.tandem.cli.token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair of the embedded default: the services verify tokens with the public key, and
 * {@code ./tandem token} signs them with the private key. Both are PEM files in one folder.
 */
public final class LocalKeys {

    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";
    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";

    private LocalKeys() {
    }

    /** Returns the key pair in the folder, creating it first when the folder contains none. */
    public static KeyPair loadOrCreate(Path folder) throws IOException {
        Path publicKey = folder.resolve(PUBLIC_KEY_FILE);
        Path privateKey = folder.resolve(PRIVATE_KEY_FILE);
        if (Files.exists(publicKey) && Files.exists(privateKey)) {
            return load(folder);
        }
        KeyPair pair = generate();
        Files.createDirectories(folder);
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        try {
            Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // A file system without POSIX permissions keeps its defaults.
        }
        return pair;
    }

    public static KeyPair load(Path folder) throws IOException {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            var publicKey = (RSAPublicKey) factory.generatePublic(
                    new X509EncodedKeySpec(decode(Files.readString(folder.resolve(PUBLIC_KEY_FILE)))));
            var privateKey = (RSAPrivateKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(decode(Files.readString(folder.resolve(PRIVATE_KEY_FILE)))));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("The key files in " + folder + " are not a PEM RSA key pair", e);
        }
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available in this JVM", e);
        }
    }

    public static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] decode(String pem) {
        return Base64.getDecoder().decode(pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", ""));
    }
}
