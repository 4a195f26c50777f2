package io.followthrough.workers.temporal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway PKI made with the JDK's keytool (no extra dependency) as PEM files: a CA, a server
 * certificate for {@code localhost}/127.0.0.1 and a client certificate signed by it, and an
 * unrelated "rogue" CA. keytool starts a JVM per call, so independent calls run side by side.
 */
final class TestCertificates {
  private static final String PASS = "changeit";

  final Path caCert;
  final Path rogueCaCert;
  final Path serverCert;
  final Path serverKey;
  final Path clientCert;
  final Path clientKey;

  private final Path dir;

  private TestCertificates(Path dir) {
    this.dir = dir;
    this.caCert = dir.resolve("ca.pem");
    this.rogueCaCert = dir.resolve("rogue-ca.pem");
    this.serverCert = dir.resolve("server.pem");
    this.serverKey = dir.resolve("server.key");
    this.clientCert = dir.resolve("client.pem");
    this.clientKey = dir.resolve("client.key");
  }

  static TestCertificates generate(Path dir) throws Exception {
    TestCertificates pki = new TestCertificates(dir);
    pki.parallel(
        pki.genkeypair("ca", "CN=Followthrough Test CA", "-ext", "bc:c"),
        pki.genkeypair("rogue", "CN=Rogue CA", "-ext", "bc:c"),
        pki.genkeypair("server", "CN=localhost"),
        pki.genkeypair("client", "CN=followthrough-worker"));
    pki.parallel(pki.certreq("server"), pki.certreq("client"));
    pki.parallel(
        pki.gencert("server", "san=dns:localhost,ip:127.0.0.1", "eku=serverAuth"),
        pki.gencert("client", "eku=clientAuth", "ku=digitalSignature"));
    pki.exportCertificate("ca", pki.caCert);
    pki.exportCertificate("rogue", pki.rogueCaCert);
    pki.exportKey("server", pki.serverKey);
    pki.exportKey("client", pki.clientKey);
    return pki;
  }

  private List<String> genkeypair(String name, String dname, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "-genkeypair",
                "-alias",
                name,
                "-dname",
                dname,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-validity",
                "2",
                "-keystore",
                store(name)));
    args.addAll(List.of(extra));
    return args;
  }

  private List<String> certreq(String name) {
    return List.of(
        "-certreq",
        "-alias",
        name,
        "-keystore",
        store(name),
        "-file",
        dir.resolve(name + ".csr").toString());
  }

  private List<String> gencert(String name, String ext1, String ext2) {
    return List.of(
        "-gencert",
        "-rfc",
        "-alias",
        "ca",
        "-keystore",
        store("ca"),
        "-infile",
        dir.resolve(name + ".csr").toString(),
        "-outfile",
        dir.resolve(name + ".pem").toString(),
        "-ext",
        ext1,
        "-ext",
        ext2);
  }

  private String store(String name) {
    return dir.resolve(name + ".p12").toString();
  }

  private KeyStore load(String name) throws Exception {
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(Path.of(store(name)))) {
      keyStore.load(in, PASS.toCharArray());
    }
    return keyStore;
  }

  private void exportCertificate(String name, Path pem) throws Exception {
    write(pem, "CERTIFICATE", load(name).getCertificate(name).getEncoded());
  }

  private void exportKey(String name, Path pem) throws Exception {
    write(pem, "PRIVATE KEY", load(name).getKey(name, PASS.toCharArray()).getEncoded());
  }

  private static void write(Path file, String type, byte[] der) throws IOException {
    String pem =
        "-----BEGIN "
            + type
            + "-----\n"
            + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
            + "\n-----END "
            + type
            + "-----\n";
    Files.writeString(file, pem, StandardCharsets.US_ASCII);
  }

  @SafeVarargs
  private void parallel(List<String>... calls) throws Exception {
    List<Process> processes = new ArrayList<>();
    for (List<String> args : calls) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
      // A short-lived tool: skip the optimizing compiler to start faster.
      command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
      command.addAll(args);
      command.addAll(
          List.of("-storetype", "PKCS12", "-storepass", PASS, "-keypass", PASS, "-noprompt"));
      processes.add(new ProcessBuilder(command).redirectErrorStream(true).start());
    }
    for (int i = 0; i < processes.size(); i++) {
      Process process = processes.get(i);
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new GeneralSecurityException("keytool " + calls[i].get(0) + " failed: " + output);
      }
    }
  }
}
