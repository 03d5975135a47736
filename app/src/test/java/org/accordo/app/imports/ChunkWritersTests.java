package org.accordo.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChunkWritersTests {

  @Test
  void eachLaneStoresItsPartsInReadingOrderAndChunksAreRecordedInReadingOrder() {
    List<String> stored = new CopyOnWriteArrayList<>();
    List<Integer> recorded = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    try (ChunkWriters chunks = new ChunkWriters(2)) {
      for (int i = 0; i < 60; i++) {
        int n = i;
        List<Runnable> parts =
            List.of(
                () -> {
                  threads.add(Thread.currentThread().getName());
                  pause(ThreadLocalRandom.current().nextInt(3));
                  stored.add("a" + n);
                },
                () -> {
                  threads.add(Thread.currentThread().getName());
                  pause(ThreadLocalRandom.current().nextInt(3));
                  stored.add("b" + n);
                });
        chunks.submit(
            parts,
            () -> {
              assertThat(stored)
                  .as("chunk %d stored before it is recorded", n)
                  .contains("a" + n, "b" + n);
              recorded.add(n);
            });
      }
      chunks.finish();
    }

    assertThat(recorded).containsExactlyElementsOf(IntStream.range(0, 60).boxed().toList());
    assertThat(stored.stream().filter(p -> p.startsWith("a")))
        .containsExactlyElementsOf(IntStream.range(0, 60).mapToObj(n -> "a" + n).toList());
    assertThat(stored.stream().filter(p -> p.startsWith("b")))
        .containsExactlyElementsOf(IntStream.range(0, 60).mapToObj(n -> "b" + n).toList());
    assertThat(threads).containsOnly("import-store-1", "import-store-2");
  }

  @Test
  void aChunkIsHandedOverInOnePartPerLane() {
    try (ChunkWriters chunks = new ChunkWriters(2)) {
      assertThatThrownBy(() -> chunks.submit(List.of(() -> {}), () -> {}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("1 parts for 2 lanes");
    }
  }

  @Test
  void theReaderWaitsWhileAsManyChunksAsAllowedAreInFlight() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger handedOver = new AtomicInteger();
    try (ChunkWriters chunks = new ChunkWriters(2)) {
      Thread reader =
          new Thread(
              () -> {
                for (int i = 0; i < 10; i++) {
                  chunks.submit(List.of(() -> await(release), () -> {}), () -> {});
                  handedOver.incrementAndGet();
                }
              });
      reader.start();
      reader.join(300);

      assertThat(handedOver.get()).isEqualTo(chunks.ahead());
      release.countDown();
      reader.join(TimeUnit.SECONDS.toMillis(10));
      assertThat(handedOver.get()).isEqualTo(10);
      chunks.finish();
    }
  }

  @Test
  void aBarrierWaitsUntilEverythingHandedOverIsRecorded() {
    List<Integer> recorded = new CopyOnWriteArrayList<>();
    try (ChunkWriters chunks = new ChunkWriters(2)) {
      for (int i = 0; i < 3; i++) {
        int n = i;
        chunks.submit(List.of(() -> pause(20), () -> pause(10)), () -> recorded.add(n));
      }
      chunks.barrier();

      assertThat(recorded).containsExactly(0, 1, 2);
      chunks.finish();
    }
  }

  @Test
  void aFailedStoreIsNeitherRecordedNorFollowedAndReachesTheReader() {
    List<Integer> recorded = new CopyOnWriteArrayList<>();
    try (ChunkWriters chunks = new ChunkWriters(1)) {
      chunks.submit(List.of(() -> {}), () -> recorded.add(0));
      chunks.submit(
          List.of(
              () -> {
                throw new IllegalStateException("the database is gone");
              }),
          () -> recorded.add(1));
      try {
        chunks.submit(List.of(() -> {}), () -> recorded.add(2));
      } catch (IllegalStateException knownAlready) {
        assertThat(knownAlready).hasMessage("the database is gone");
      }

      assertThatThrownBy(chunks::barrier).hasMessage("the database is gone");
      assertThatThrownBy(() -> chunks.submit(List.of(() -> {}), () -> recorded.add(3)))
          .hasMessage("the database is gone");
      assertThatThrownBy(chunks::finish).hasMessage("the database is gone");
    }
    assertThat(recorded).containsExactly(0);
  }

  private static void pause(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
