package org.accordo.app.reports;

/**
 * The words of the period report in each language it is printed in; the contract's own text is
 * never translated.
 */
enum Label {
  TITLE("Service level report", "Rapporto sui livelli di servizio"),
  PERIOD("Period", "Periodo"),
  PROVIDER("Provider", "Fornitore"),
  CUSTOMER("Customer", "Cliente"),
  CONTRACT("Contract", "Contratto"),
  AS_OF("Computed at", "Calcolato al"),
  TIMES("Times are local to", "Orari nel fuso"),
  PROVISIONAL(
      "The period is not over: every figure is provisional and no credit is final.",
      "Il periodo non è concluso: ogni cifra è provvisoria e nessun credito è definitivo."),
  SUMMARY("Summary", "Sintesi"),
  COMPLIANCE("Compliance per metric and priority", "Conformità per metrica e priorità"),
  SLA("SLA", "SLA"),
  METRIC("Metric", "Metrica"),
  PRIORITY("Priority", "Priorità"),
  MET("Met", "Rispettati"),
  BREACHED("Breached", "Violati"),
  SHARE_MET("Share met", "Quota rispettata"),
  BREACHES("Breaches and their timelines", "Violazioni e loro cronologia"),
  TICKET("Ticket", "Ticket"),
  STARTED("Started", "Inizio"),
  STOPPED("Stopped", "Fine"),
  BREACHED_AT("Breached at", "Violato il"),
  ELAPSED("Elapsed", "Trascorso"),
  TARGET("Target", "Obiettivo"),
  FROM("From", "Da"),
  TO("To", "A"),
  COUNTING("Counting", "Conteggio"),
  PAUSED("paused", "in pausa"),
  COUNTS("counts", "conta"),
  WHY("Why", "Motivo"),
  OPEN("Open at the end of the period", "Aperti alla fine del periodo"),
  STATE("State", "Stato"),
  CANCELLED("Cancelled (not counted)", "Annullati (non conteggiati)"),
  EXCLUSIONS("Intervals excluded from the SLA", "Intervalli esclusi dallo SLA"),
  REASON("Reason", "Motivo"),
  AVAILABILITY("Availability", "Disponibilità"),
  SERVICE("Service", "Servizio"),
  MEASURED("Measured time", "Tempo misurato"),
  DOWNTIME("Downtime", "Indisponibilità"),
  EXCLUDED("Excluded", "Escluso"),
  BUDGET("Downtime budget", "Budget di indisponibilità"),
  BUDGET_LEFT("Budget left", "Budget residuo"),
  BURN_RATE("Burn rate", "Tasso di consumo"),
  YEAR_BUDGET("Year budget", "Budget annuale"),
  YEAR_DOWNTIME("Year downtime to date", "Indisponibilità dell'anno"),
  OUTAGES("Outages", "Interruzioni"),
  CAUSE("Cause", "Causa"),
  NOTE("Note", "Nota"),
  CREDITS("Service credits", "Crediti di servizio"),
  RULE("Rule", "Regola"),
  PERCENT("Percent", "Percentuale"),
  AMOUNT("Amount", "Importo"),
  SOURCES("Comes from", "Deriva da"),
  UNCAPPED("Sum of the lines", "Somma delle righe"),
  CAP("Cap", "Tetto"),
  CAPPED("The cap applies.", "Si applica il tetto."),
  TOTAL("Total owed", "Totale dovuto"),
  CLAIM_BY("Claim by", "Da richiedere entro"),
  APPLIED_AS("Applied as", "Applicato come"),
  CONTENTS("What the contract asks this report to contain", "Contenuti richiesti dal contratto"),
  NONE("None.", "Nessuno."),
  NO_CREDIT_TERMS("The contract has no credit terms.", "Il contratto non prevede crediti."),
  COMPLIANCE_CHART("Share of clocks met", "Quota di orologi rispettati"),
  AVAILABILITY_CHART("Availability against target", "Disponibilità rispetto all'obiettivo");

  private final String en;
  private final String it;

  Label(String en, String it) {
    this.en = en;
    this.it = it;
  }

  /** The label in {@code language} ({@code en} or {@code it}; anything else reads English). */
  String in(String language) {
    return language.equals("it") ? it : en;
  }
}
