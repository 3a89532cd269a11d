import type { UiDictionary } from './en'

export const el: UiDictionary = {
  siteName: 'ProcureSec',
  tagline:
    'Απαιτήσεις κυβερνοασφάλειας για τις προμήθειες των νοσοκομείων, βάσει των ορθών πρακτικών του ENISA.',
  skipToContent: 'Μετάβαση στο περιεχόμενο',
  languageLabel: 'Γλώσσα',
  practicesHeading: 'Ορθές πρακτικές',
  practiceCount: '{count} ορθές πρακτικές',
  phase_general: 'Γενικά',
  phase_plan: 'Σχεδιασμός',
  phase_source: 'Ανάθεση',
  phase_manage: 'Διαχείριση',
  shownInEnglish: 'Η μετάφραση ({language}) δεν είναι ακόμη διαθέσιμη: εμφανίζεται στα αγγλικά.',
  machineTranslation: 'Μηχανική μετάφραση, δεν έχει ακόμη ελεγχθεί.',
  footerCredit:
    'Ανεξάρτητο εργαλείο που βασίζεται στις κατευθυντήριες γραμμές για τις προμήθειες των νοσοκομείων, τις οποίες δημοσίευσε ο ENISA, ο Οργανισμός της Ευρωπαϊκής Ένωσης για την Κυβερνοασφάλεια. Δεν πρόκειται για επίσημο ιστότοπο του ENISA ή της ΕΕ.',
  sourceLink: 'Δημοσίευση του ENISA',
  noContent: 'Δεν υπάρχει ακόμη δημοσιευμένο περιεχόμενο.',
  notFoundTitle: 'Η σελίδα δεν βρέθηκε',
  notFoundBody: 'Αυτή η σελίδα δεν υπάρχει ή δεν έχει δημοσιευθεί σε αυτή τη γλώσσα.',
  backToTool: 'Επιστροφή στις ορθές πρακτικές',
}
