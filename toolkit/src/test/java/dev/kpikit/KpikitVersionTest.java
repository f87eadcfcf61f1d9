package dev.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KpikitVersionTest {
  @Test
  void aCleanCommitIsItsShortHash() {
    assertEquals("732b7b2", KpikitVersion.commit("732b7b2", "false"));
  }

  @Test
  void uncommittedChangesAddDirty() {
    assertEquals("732b7b2-dirty", KpikitVersion.commit("732b7b2", "true"));
  }

  @Test
  void aBuildOutsideGitIsUnknown() {
    assertEquals("unknown", KpikitVersion.commit("", "false"), "git found no repository");
    assertEquals("unknown", KpikitVersion.commit("${git.commit}", "${git.dirty}"), "property never set");
    assertEquals("unknown", KpikitVersion.commit(null, null), "no such line");
  }

  @Test
  void thisBuildRecordedItsVersionAndACommitOrUnknown() {
    assertTrue(KpikitVersion.get().matches("\\d+\\.\\d+\\.\\d+.*"), KpikitVersion.get());
    assertTrue(KpikitVersion.commit().matches("[0-9a-f]{7}(-dirty)?|unknown"), KpikitVersion.commit());
  }
}
