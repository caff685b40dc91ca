-- Placements with their request, decisions and readiness (R12, R13, R17); uploaded documents; Dimona.
CREATE TABLE documents (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind TEXT NOT NULL,            -- 'agreement' or 'risk_analysis'
  storage_key TEXT NOT NULL UNIQUE,  -- file name in the documents directory, never derived from user input
  file_name TEXT NOT NULL,       -- as the uploader named it, for downloads
  size_bytes BIGINT NOT NULL,
  uploaded_by BIGINT NOT NULL REFERENCES users(id),
  uploaded_at BIGINT NOT NULL
);

ALTER TABLE organisations ADD COLUMN risk_analysis_document_id BIGINT REFERENCES documents(id);

CREATE TABLE placements (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  cohort_id BIGINT NOT NULL REFERENCES cohorts(id),
  student_id BIGINT NOT NULL REFERENCES users(id),
  module_code TEXT NOT NULL,
  organisation_id BIGINT REFERENCES organisations(id),
  proposed_organisation_name TEXT NOT NULL,
  proposed_organisation_city TEXT NOT NULL,
  mentor_id BIGINT REFERENCES users(id),
  proposed_mentor_name TEXT NOT NULL,
  proposed_mentor_email TEXT NOT NULL,
  proposed_mentor_phone TEXT NOT NULL,
  supervisor_id BIGINT REFERENCES users(id),
  status TEXT NOT NULL,
  motivation TEXT NOT NULL,
  reuse_override_reason TEXT NOT NULL,
  signed_by_student TEXT,
  signed_by_organisation TEXT,
  signed_by_school TEXT,
  agreement_document_id BIGINT REFERENCES documents(id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX placements_by_cohort ON placements(cohort_id, status);
CREATE INDEX placements_by_student ON placements(student_id);
CREATE INDEX placements_by_mentor ON placements(mentor_id);
CREATE INDEX placements_by_supervisor ON placements(supervisor_id);
CREATE INDEX placements_by_organisation ON placements(organisation_id);

CREATE TABLE placement_tasks (
  placement_id BIGINT NOT NULL REFERENCES placements(id),
  position BIGINT NOT NULL,
  domain TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (placement_id, position)
);

-- The history of a placement as its people see it: who did what, when, and why.
CREATE TABLE placement_events (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  placement_id BIGINT NOT NULL REFERENCES placements(id),
  at BIGINT NOT NULL,
  actor_id BIGINT REFERENCES users(id),
  action TEXT NOT NULL,
  comment TEXT NOT NULL
);
CREATE INDEX placement_events_by_placement ON placement_events(placement_id, id);

-- R17: the school's Dimona declaration of type STG for a student and academic year.
CREATE TABLE dimona_records (
  student_id BIGINT NOT NULL REFERENCES users(id),
  academic_year TEXT NOT NULL,
  reference TEXT NOT NULL,
  recorded_by BIGINT NOT NULL REFERENCES users(id),
  recorded_at BIGINT NOT NULL,
  PRIMARY KEY (student_id, academic_year)
);
