-- The evaluation (issue 6). Rubrics per programme and module, versioned, with their scoring scheme (R18, R20):
-- a version that rated someone never changes (the app makes a new one).
CREATE TABLE rubrics (
  id INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES programmes(id),
  module_code TEXT NOT NULL,
  version INTEGER NOT NULL,
  knock_out_cap REAL NOT NULL,
  mandatory_moments INTEGER NOT NULL,
  penalty_per_missed REAL NOT NULL,
  fail_below_ratio REAL NOT NULL,
  rounding TEXT NOT NULL,  -- 'integer', 'half'
  origin TEXT NOT NULL,    -- 'import', 'editor'
  created_by INTEGER REFERENCES users(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (programme_id, module_code, version)
) STRICT;

CREATE TABLE rubric_levels (
  rubric_id INTEGER NOT NULL REFERENCES rubrics(id),
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  points REAL NOT NULL,
  PRIMARY KEY (rubric_id, position)
) STRICT;

CREATE TABLE rubric_criteria (
  rubric_id INTEGER NOT NULL REFERENCES rubrics(id),
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  goal INTEGER NOT NULL,
  weight REAL NOT NULL,
  knock_out INTEGER NOT NULL,
  PRIMARY KEY (rubric_id, position)
) STRICT;

CREATE TABLE rubric_descriptions (
  rubric_id INTEGER NOT NULL REFERENCES rubrics(id),
  criterion_code TEXT NOT NULL,
  level_code TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (rubric_id, criterion_code, level_code)
) STRICT;

-- Ratings on a rubric (R18, R21): the mentor's interim feedback and final rating, the student's
-- self-assessment with its reflection (STARR). Every version is kept (R19).
CREATE TABLE assessments (
  id INTEGER PRIMARY KEY,
  placement_id INTEGER NOT NULL REFERENCES placements(id),
  kind TEXT NOT NULL,  -- 'interim', 'final', 'self'
  rubric_id INTEGER NOT NULL REFERENCES rubrics(id),
  moment_date TEXT,    -- interim feedback: its day
  state TEXT NOT NULL, -- 'draft', 'submitted'
  comment TEXT NOT NULL,
  situation TEXT NOT NULL,
  task TEXT NOT NULL,
  action TEXT NOT NULL,
  result TEXT NOT NULL,
  reflection TEXT NOT NULL,
  version INTEGER NOT NULL,
  author_id INTEGER NOT NULL REFERENCES users(id),
  updated_by INTEGER NOT NULL REFERENCES users(id),
  updated_at INTEGER NOT NULL,
  submitted_at INTEGER
) STRICT;
CREATE INDEX assessments_by_placement ON assessments(placement_id, kind);
CREATE INDEX assessments_by_rubric ON assessments(rubric_id);

CREATE TABLE assessment_ratings (
  assessment_id INTEGER NOT NULL REFERENCES assessments(id),
  position INTEGER NOT NULL,
  criterion_code TEXT NOT NULL,
  level_code TEXT NOT NULL,  -- '' while empty
  comment TEXT NOT NULL,
  PRIMARY KEY (assessment_id, position)
) STRICT;

CREATE TABLE assessment_versions (
  assessment_id INTEGER NOT NULL REFERENCES assessments(id),
  version INTEGER NOT NULL,
  action TEXT NOT NULL,  -- 'saved', 'submitted', 'reopened', 'meeting'
  reason TEXT NOT NULL,  -- the supervisor's, for a reopening
  state TEXT NOT NULL,
  comment TEXT NOT NULL,
  actor_id INTEGER NOT NULL REFERENCES users(id),
  at INTEGER NOT NULL,
  PRIMARY KEY (assessment_id, version)
) STRICT;

CREATE TABLE assessment_rating_versions (
  assessment_id INTEGER NOT NULL REFERENCES assessments(id),
  version INTEGER NOT NULL,
  position INTEGER NOT NULL,
  criterion_code TEXT NOT NULL,
  level_code TEXT NOT NULL,
  comment TEXT NOT NULL,
  reason TEXT NOT NULL,  -- why the level changed in the tripartite meeting
  PRIMARY KEY (assessment_id, version, position)
) STRICT;

-- R21: the student's concrete actions after the module.
CREATE TABLE growth_points (
  placement_id INTEGER NOT NULL REFERENCES placements(id),
  position INTEGER NOT NULL,
  action TEXT NOT NULL,
  due_date TEXT NOT NULL,
  PRIMARY KEY (placement_id, position)
) STRICT;

-- R19: the tripartite meeting (driehoeksgesprek) of a placement.
CREATE TABLE evaluation_meetings (
  placement_id INTEGER PRIMARY KEY REFERENCES placements(id),
  meeting_date TEXT NOT NULL,
  start_minutes INTEGER NOT NULL,
  place TEXT NOT NULL,
  notes TEXT NOT NULL,
  held INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES users(id),
  updated_at INTEGER NOT NULL
) STRICT;

-- R20: the score the supervisor finalised, with the calculation it came from, and its release.
CREATE TABLE scores (
  placement_id INTEGER PRIMARY KEY REFERENCES placements(id),
  rubric_id INTEGER NOT NULL REFERENCES rubrics(id),
  attended INTEGER NOT NULL,
  raw REAL NOT NULL,
  calculated REAL NOT NULL,
  final_score REAL NOT NULL,
  override_reason TEXT NOT NULL,
  finalised_by INTEGER NOT NULL REFERENCES users(id),
  finalised_at INTEGER NOT NULL,
  released_by INTEGER REFERENCES users(id),
  released_at INTEGER
) STRICT;

CREATE TABLE score_steps (
  placement_id INTEGER NOT NULL REFERENCES placements(id),
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  value REAL NOT NULL,
  PRIMARY KEY (placement_id, position)
) STRICT;
