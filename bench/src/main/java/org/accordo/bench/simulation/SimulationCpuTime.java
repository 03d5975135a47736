package org.accordo.bench.simulation;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.accordo.core.contract.ContractLoader;
import org.accordo.core.simulation.Simulation;
import org.accordo.core.simulation.SimulationInput;
import org.accordo.core.simulation.SimulationResult;

/**
 * {@link Simulation#run} on {@link SimulationWorkload} in-process, without reading files or writing
 * output: what the simulator itself costs. Prints, for each of {@code ROUNDS} runs, the wall time
 * and the process's CPU time (every thread: the folds run on the common fork-join pool), and the
 * run's totals as a check. Usage: {@code java -cp bench/target/benchmarks.jar
 * org.accordo.bench.simulation.SimulationCpuTime [TICKETS=100000] [ROUNDS=5]}.
 */
public final class SimulationCpuTime {

  private SimulationCpuTime() {}

  public static void main(String[] args) {
    int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    SimulationWorkload workload = new SimulationWorkload(tickets, 1_000);
    SimulationInput input =
        new SimulationInput(
            ContractLoader.load(SimulationWorkload.currentContract(), "current.yaml").orThrow(),
            ContractLoader.load(SimulationWorkload.proposedContract(), "proposed.yaml"),
            workload.tickets,
            workload.outages,
            Optional.empty(),
            Optional.empty(),
            new BigDecimal("0.95"),
            LocalDate.of(2026, 6, 1));
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int round = 1; round <= rounds; round++) {
      long cpu = os.getProcessCpuTime();
      long start = System.nanoTime();
      SimulationResult result = (SimulationResult) Simulation.run(input);
      long wall = System.nanoTime() - start;
      System.out.printf(
          "round %d: %,d ms wall, %,d ms CPU; %d months, breached %d -> %d, %d changed clocks%n",
          round,
          wall / 1_000_000,
          (os.getProcessCpuTime() - cpu) / 1_000_000,
          result.months().size(),
          result.totals().current().breached(),
          result.totals().proposed().breached(),
          result.changes().size());
    }
  }
}
