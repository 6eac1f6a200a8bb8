package it.convergo.account;

/** Italian regions, plus one value for organisations based abroad. */
public enum Region {
    ABRUZZO, BASILICATA, CALABRIA, CAMPANIA, EMILIA_ROMAGNA, FRIULI_VENEZIA_GIULIA, LAZIO, LIGURIA,
    LOMBARDIA, MARCHE, MOLISE, PIEMONTE, PUGLIA, SARDEGNA, SICILIA, TOSCANA, TRENTINO_ALTO_ADIGE, UMBRIA,
    VALLE_D_AOSTA, VENETO, ABROAD;

    public String labelKey() {
        return "region." + name();
    }
}
