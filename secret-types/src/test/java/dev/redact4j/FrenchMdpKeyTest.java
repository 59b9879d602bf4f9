package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * French writers shorten mot de passe to {@code mdp} in keys, chat and tickets ({@code mdp: <v>},
 * {@code MDP_BDD=<v>}): a password key when it is a word of its own. The same letters name a Markov decision
 * process, GROMACS's parameter files ({@code em.mdp}) and display blocks in kernel changelogs ({@code drm/msm/mdp4:
 * flush ...}), and end other words ({@code cmdp}): those stay, as a value after {@code mdp} alone must have
 * a secret's make-up.
 */
class FrenchMdpKeyTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = FakeSecrets.mixed(new Random(89), 12) + "!";

  @ParameterizedTest
  @ValueSource(strings = {"mdp=%s", "MDP: %s", "mdp_bdd=%s", "DB_MDP=%s", "{\"mdp\":\"%s\"}",
    "utilisateur: admin mdp: %s", "nouveau mdp : %s", "mdpAdmin=%s", "identifiants serveur, mdp = %s"})
  void aValueUnderMdpIsHidden(String template) {
    assertThat(REDACTOR.redact(template.formatted(PW)))
        .isEqualTo(template.formatted("[REDACTED:password-assignment]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "gmx grompp -f em.mdp -c conf.gro -p topol.top -o em.tpr",
    "mdp_file=nvt.mdp",
    "solving the MDP with value iteration took 12 s",
    "env=mdp gamma=0.99 horizon=200",
    "cmdp=1 mode=fast",
    "mdp: null",
    "mdp=${DB_MDP}",
    "le mdp a été changé",
    "[arm64] drm/msm/mdp4: flush vblank event on disable",
    "dt-bindings: media: mediatek: mdp3: correct RDMA and WROT node with",
    "mtk-mdp: Fix Makefile dependencies",
    "drm/msm/mdp5: Configure PP_SYNC_HEIGHT to double the vtotal",
  })
  void mdpOutsideAKeyOrWithoutAValueStays(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
