// Personas shared by the end-to-end files, each the same as a native test's persona, so that
// both suites promise the same results for the same people.

/** As `ml_startup()` in tests/personas.rs: an ML-focused startup whose CEO invests in ML. */
export const ML_FIRST_STARTUP = {
  'gate.solvable': 'yes',
  'gate.data': 'yes',
  'gate.crucial': 'yes',
  'gate.motive': 'problem',
  'org.size': 'early',
  'org.industry': 'ml_product',
  'ml.today': 'everywhere',
  'ml.reports_to': 'both',
  'ml.leadership': 'core',
  'ml.data': 'easy',
  'ml.production': 'handed_over',
  'ml.emphasis': 'varies',
};

/**
 * As `product_models_team()` in tests/practitioner.rs, but the team hands its models over to be
 * deployed (a pin factory) and the stack is the user's own (a gap that is too small).
 */
export const PIN_FACTORY_TEAM = {
  'job.title': 'data_scientist',
  'job.owns': 'models',
  'job.customers': 'app_users',
  'job.work': 'experiments',
  'job.production': 'handoff',
  'me.stack': 'same',
  'me.background': 'academic',
  'me.learn': 'impact',
};
