-- The evaluation (issue 6). Rubrics per programme and module, versioned, with their scoring scheme (R18, R20):
-- a version that rated someone never changes (the app makes a new one).
CREATE TABLE rubrics (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programme_id BIGINT NOT NULL REFERENCES programmes(id),
  module_code TEXT NOT NULL,
  version BIGINT NOT NULL,
  knock_out_cap DOUBLE PRECISION NOT NULL,
  mandatory_moments BIGINT NOT NULL,
  penalty_per_missed DOUBLE PRECISION NOT NULL,
  fail_below_ratio DOUBLE PRECISION NOT NULL,
  rounding TEXT NOT NULL,  -- 'integer', 'half'
  origin TEXT NOT NULL,    -- 'import', 'editor'
  created_by BIGINT REFERENCES users(id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (programme_id, module_code, version)
);

CREATE TABLE rubric_levels (
  rubric_id BIGINT NOT NULL REFERENCES rubrics(id),
  position BIGINT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  points DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (rubric_id, position)
);

CREATE TABLE rubric_criteria (
  rubric_id BIGINT NOT NULL REFERENCES rubrics(id),
  position BIGINT NOT NULL,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  goal BIGINT NOT NULL,
  weight DOUBLE PRECISION NOT NULL,
  knock_out BIGINT NOT NULL,
  PRIMARY KEY (rubric_id, position)
);

CREATE TABLE rubric_descriptions (
  rubric_id BIGINT NOT NULL REFERENCES rubrics(id),
  criterion_code TEXT NOT NULL,
  level_code TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (rubric_id, criterion_code, level_code)
);

-- Ratings on a rubric (R18, R21): the mentor's interim feedback and final rating, the student's
-- self-assessment with its reflection (STARR). Every version is kept (R19).
CREATE TABLE assessments (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  placement_id BIGINT NOT NULL REFERENCES placements(id),
  kind TEXT NOT NULL,  -- 'interim', 'final', 'self'
  rubric_id BIGINT NOT NULL REFERENCES rubrics(id),
  moment_date TEXT,    -- interim feedback: its day
  state TEXT NOT NULL, -- 'draft', 'submitted'
  comment TEXT NOT NULL,
  situation TEXT NOT NULL,
  task TEXT NOT NULL,
  action TEXT NOT NULL,
  result TEXT NOT NULL,
  reflection TEXT NOT NULL,
  version BIGINT NOT NULL,
  author_id BIGINT NOT NULL REFERENCES users(id),
  updated_by BIGINT NOT NULL REFERENCES users(id),
  updated_at BIGINT NOT NULL,
  submitted_at BIGINT
);
CREATE INDEX assessments_by_placement ON assessments(placement_id, kind);
CREATE INDEX assessments_by_rubric ON assessments(rubric_id);

CREATE TABLE assessment_ratings (
  assessment_id BIGINT NOT NULL REFERENCES assessments(id),
  position BIGINT NOT NULL,
  criterion_code TEXT NOT NULL,
  level_code TEXT NOT NULL,  -- '' while empty
  comment TEXT NOT NULL,
  PRIMARY KEY (assessment_id, position)
);

CREATE TABLE assessment_versions (
  assessment_id BIGINT NOT NULL REFERENCES assessments(id),
  version BIGINT NOT NULL,
  action TEXT NOT NULL,  -- 'saved', 'submitted', 'reopened', 'meeting'
  reason TEXT NOT NULL,  -- the supervisor's, for a reopening
  state TEXT NOT NULL,
  comment TEXT NOT NULL,
  actor_id BIGINT NOT NULL REFERENCES users(id),
  at BIGINT NOT NULL,
  PRIMARY KEY (assessment_id, version)
);

CREATE TABLE assessment_rating_versions (
  assessment_id BIGINT NOT NULL REFERENCES assessments(id),
  version BIGINT NOT NULL,
  position BIGINT NOT NULL,
  criterion_code TEXT NOT NULL,
  level_code TEXT NOT NULL,
  comment TEXT NOT NULL,
  reason TEXT NOT NULL,  -- why the level changed in the tripartite meeting
  PRIMARY KEY (assessment_id, version, position)
);

-- R21: the student's concrete actions after the module.
CREATE TABLE growth_points (
  placement_id BIGINT NOT NULL REFERENCES placements(id),
  position BIGINT NOT NULL,
  action TEXT NOT NULL,
  due_date TEXT NOT NULL,
  PRIMARY KEY (placement_id, position)
);

-- R19: the tripartite meeting (driehoeksgesprek) of a placement.
CREATE TABLE evaluation_meetings (
  placement_id BIGINT PRIMARY KEY REFERENCES placements(id),
  meeting_date TEXT NOT NULL,
  start_minutes BIGINT NOT NULL,
  place TEXT NOT NULL,
  notes TEXT NOT NULL,
  held BIGINT NOT NULL,
  updated_by BIGINT NOT NULL REFERENCES users(id),
  updated_at BIGINT NOT NULL
);

-- R20: the score the supervisor finalised, with the calculation it came from, and its release.
CREATE TABLE scores (
  placement_id BIGINT PRIMARY KEY REFERENCES placements(id),
  rubric_id BIGINT NOT NULL REFERENCES rubrics(id),
  attended BIGINT NOT NULL,
  raw DOUBLE PRECISION NOT NULL,
  calculated DOUBLE PRECISION NOT NULL,
  final_score DOUBLE PRECISION NOT NULL,
  override_reason TEXT NOT NULL,
  finalised_by BIGINT NOT NULL REFERENCES users(id),
  finalised_at BIGINT NOT NULL,
  released_by BIGINT REFERENCES users(id),
  released_at BIGINT
);

CREATE TABLE score_steps (
  placement_id BIGINT NOT NULL REFERENCES placements(id),
  position BIGINT NOT NULL,
  label TEXT NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (placement_id, position)
);
