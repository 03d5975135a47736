package org.accordo.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImportChunkTests {

  @Test
  void aSplitKeepsEachTicketsRowsInOnePartInTheChunksOrder() {
    List<ImportChunk.NewTicket> tickets =
        IntStream.range(0, 40).mapToObj(i -> new ImportChunk.NewTicket("t" + i, null)).toList();
    List<ImportChunk.NewEvent> events =
        IntStream.range(0, 400)
            .mapToObj(i -> new ImportChunk.NewEvent("t" + (i % 40), "e" + i, null, true))
            .toList();
    ImportChunk chunk = new ImportChunk(ImportPhase.HISTORY, 1001, tickets, events);

    List<ImportChunk> parts = chunk.split(3);

    assertThat(parts).hasSize(3);
    assertThat(parts).allSatisfy(p -> assertThat(p.phase()).isEqualTo(ImportPhase.HISTORY));
    assertThat(parts).allSatisfy(p -> assertThat(p.lastLine()).isEqualTo(1001));
    assertThat(parts.stream().mapToInt(p -> p.tickets().size()).sum()).isEqualTo(40);
    assertThat(parts.stream().mapToInt(p -> p.events().size()).sum()).isEqualTo(400);
    for (ImportChunk part : parts) {
      List<String> ticketIds = part.tickets().stream().map(ImportChunk.NewTicket::id).toList();
      // every event of a ticket of this part is here, and no other
      assertThat(part.events()).allSatisfy(e -> assertThat(ticketIds).contains(e.ticketId()));
      // in the chunk's order
      List<Integer> order =
          part.events().stream().map(e -> Integer.parseInt(e.id().substring(1))).toList();
      assertThat(order).isSorted();
    }
    // the same ticket falls to the same part in every chunk
    ImportChunk later = new ImportChunk(ImportPhase.HISTORY, 2001, List.of(), events);
    assertThat(later.split(3).get(1).events()).isEqualTo(parts.get(1).events());
  }

  @Test
  void onePartIsTheWholeChunk() {
    ImportChunk chunk =
        new ImportChunk(
            ImportPhase.TICKETS,
            7,
            List.of(new ImportChunk.NewTicket("t", null)),
            List.of(new ImportChunk.NewEvent("t", "e", null, true)));

    assertThat(chunk.split(1)).containsExactly(chunk);
    assertThat(new ImportChunk(ImportPhase.TICKETS, 7, List.of(), List.of()).isEmpty()).isTrue();
  }
}
