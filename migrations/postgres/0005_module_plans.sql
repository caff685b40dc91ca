-- A coordinator's plan for one module of a cohort: the Expeditie HR rotation (R14) or the Digitaal vaardig
-- groups (R15). The plan is one JSON document, always read and written whole; published_at makes it visible
-- to the students and mentors in it.
CREATE TABLE module_plans (
  cohort_id BIGINT NOT NULL REFERENCES cohorts(id),
  module_code TEXT NOT NULL,
  kind TEXT NOT NULL,  -- 'rotation' or 'groups'
  document TEXT NOT NULL,
  published_at BIGINT,
  updated_by BIGINT NOT NULL REFERENCES users(id),
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (cohort_id, module_code, kind)
);
