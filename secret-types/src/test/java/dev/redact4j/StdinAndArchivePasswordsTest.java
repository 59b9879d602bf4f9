package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Passwords that shell history, sudo logs and provisioning scripts show on command lines the other rows
 * do not read: fed to {@code chpasswd}, {@code passwd --stdin} or {@code vncpasswd} on standard input,
 * given to {@code 7z -p} or {@code ldappasswd -s}, or written in a scheme-less Git remote
 * ({@code user:password@host:repo}). Only the password is hidden.
 */
class StdinAndArchivePasswordsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = FakeSecrets.mixed(new Random(81), 14);

  private static void hides(String template, String rule) {
    assertThat(REDACTOR.redact(template.formatted(PW))).as(template)
        .isEqualTo(template.formatted("[REDACTED:" + rule + "]"));
  }

  @Test
  void aPasswordFedToChpasswdIsHiddenNotTheUser() {
    hides("echo 'deploy:%s' | chpasswd", "cli-stdin-password");
    hides("echo \"root:%s\" | sudo chpasswd", "cli-stdin-password");
    hides("echo deploy:%s | /usr/sbin/chpasswd", "cli-stdin-password");
    hides("chpasswd <<< 'alice:%s'", "cli-stdin-password");
    hides("sudo: deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/bin/sh -c echo 'bob:%s' | chpasswd",
        "cli-stdin-password");
  }

  @Test
  void aPasswordFedToPasswdStdinOrVncpasswdIsHidden() {
    hides("echo '%s' | passwd --stdin deploy", "cli-stdin-password");
    hides("echo -n %s | passwd --stdin deploy", "cli-stdin-password");
    hides("vncpasswd -f <<< '%s' > ~/.vnc/passwd", "cli-stdin-password");
    hides("echo '%s' | vncpasswd -f > ~/.vnc/passwd", "cli-stdin-password");
  }

  @Test
  void aPasswordFedToSudoOnStandardInputIsHidden() {
    hides("echo '%s' | sudo -S systemctl restart app", "cli-stdin-password");
    hides("echo %s | sudo -S -u postgres psql", "cli-stdin-password");
    hides("bash -c \"echo -n '%s' | sudo -S -k apt-get update\"", "cli-stdin-password");
    hides("printf '%%s' '%s' | sudo --stdin true", "cli-stdin-password");
  }

  @Test
  void sevenZipPasswordsAreHidden() {
    hides("7z a -p%s backup.7z /srv/data", "cli-7zip-password");
    hides("7z x -p'%s' backup.7z", "cli-7zip-password");
    hides("7z x backup.7z -p%s -o/tmp/restore", "cli-7zip-password");
    hides("7za a -tzip -p%s -mem=AES256 out.zip file", "cli-7zip-password");
    hides("/usr/bin/7z a -mhe=on -p%s secrets.7z secrets/", "cli-7zip-password");
  }

  @Test
  void ldappasswdNewAndOldPasswordsAreHidden() {
    hides("ldappasswd -H ldap://ldap.example.com -x -D cn=admin,dc=example,dc=com -W -s %s uid=jdoe,dc=example,dc=com",
        "cli-ldap-password");
    hides("ldappasswd -x -D uid=jdoe,dc=example,dc=com -W -a %s -S", "cli-ldap-password");
  }

  @Test
  void sshKeygenPassphrasesAreHidden() {
    hides("ssh-keygen -t ed25519 -N '%s' -C deploy@ci -f ~/.ssh/id_deploy", "cli-ssh-keygen-passphrase");
    hides("ssh-keygen -p -P %s -N '' -f key", "cli-ssh-keygen-passphrase");
    hides("/usr/bin/ssh-keygen -q -t rsa -b 4096 -N \"%s\" -f /root/.ssh/id_rsa", "cli-ssh-keygen-passphrase");
  }

  @Test
  void aPasswordInAGitRemoteWithoutSchemeIsHidden() {
    hides("git clone deploy:%s@git.example.com:team/repo.git", "cli-git-remote-password");
    hides("+ git remote add origin ci-bot:%s@github.com:org/app.git", "cli-git-remote-password");
    hides("git remote set-url --push origin bob:%s@gitlab.example.com/org/app.git", "cli-git-remote-password");
    hides("git clone --depth 1 deploy:%s@10.0.0.5:/srv/git/app.git /opt/app", "cli-git-remote-password");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "echo \"$USER:$PASS\" | chpasswd",
    "echo \"deploy:${DEPLOY_PASSWORD}\" | chpasswd",
    "cat users.txt | chpasswd",
    "chpasswd -e < /root/hashed.txt",
    "echo 'locking account' | passwd -l bob",
    "echo \"$SUDO_PASSWORD\" | sudo -S apt-get update",
    "echo whoami | sudo -s",
    "sudo -S apt-get update < /dev/null",
    "grep deploy /etc/passwd | cut -d: -f1",
    "vncpasswd ~/.vnc/passwd",
    "vncpasswd -f <<< '%s' > ~/.vnc/passwd",
    "chpasswd <<< \"bob:${NEW_PASSWORD}\"",
    "7z a -t7z -mx=9 backup.7z /srv/data",
    "7z x archive.7z -p -o/tmp",
    "7z l -slt archive.7z",
    "ldapsearch -x -s sub -b dc=example,dc=com (uid=bob)",
    "ldapsearch -LLL -s base -a always -b cn=config",
    "git clone git@github.com:org/app.git",
    "git clone https://github.com/org/app.git",
    "git remote add upstream git@gitlab.example.com:group/sub/app.git",
    "git clone --branch release/1.2 ssh://git@git.example.com:2222/team/repo.git",
    "git remote -v",
    "git remote rename origin old:origin@remote",
    "ssh-keygen -t ed25519 -N '' -f ~/.ssh/id_ed25519",
    "ssh-keygen -lf ~/.ssh/id_ed25519.pub -E sha256",
    "dnssec-keygen -a ECDSAP256SHA256 -P 20260101 -n ZONE example.com",
  })
  void lookAlikesPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
  }

  @Test
  void aHereStringAfterAPasswordOptionIsHidden() {
    for (String line : new String[] {
      "ipa user-add bob --first=Bob --last=Doe --password <<< '" + PW + "'",
      "adcli join --domain=corp.example.com --login-user=admin --stdin-password <<< '" + PW + "'",
      "docker login -u ci --password-stdin <<< \"" + PW + "\" registry.example.com",
      "app-cli reset --password <<<" + PW,
    }) {
      assertThat(REDACTOR.redact(line)).as(line).doesNotContain(PW);
    }
  }

  @Test
  void aPasswordOptionThatReadsStandardInputStays() {
    for (String clean : new String[] {
      "openssl enc -d -aes-256-cbc -pbkdf2 -in db.sql.enc -pass stdin",
      "tool --password stdin --user bob",
      "[\"openssl\", \"enc\", \"-d\", \"-pass stdin\"]",
    }) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }
}
