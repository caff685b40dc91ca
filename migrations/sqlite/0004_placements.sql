-- Placements with their request, decisions and readiness (R12, R13, R17); uploaded documents; Dimona.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,            -- 'agreement' or 'risk_analysis'
  storage_key TEXT NOT NULL UNIQUE,  -- file name in the documents directory, never derived from user input
  file_name TEXT NOT NULL,       -- as the uploader named it, for downloads
  size_bytes INTEGER NOT NULL,
  uploaded_by INTEGER NOT NULL REFERENCES users(id),
  uploaded_at INTEGER NOT NULL
) STRICT;

ALTER TABLE organisations ADD COLUMN risk_analysis_document_id INTEGER REFERENCES documents(id);

CREATE TABLE placements (
  id INTEGER PRIMARY KEY,
  cohort_id INTEGER NOT NULL REFERENCES cohorts(id),
  student_id INTEGER NOT NULL REFERENCES users(id),
  module_code TEXT NOT NULL,
  organisation_id INTEGER REFERENCES organisations(id),
  proposed_organisation_name TEXT NOT NULL,
  proposed_organisation_city TEXT NOT NULL,
  mentor_id INTEGER REFERENCES users(id),
  proposed_mentor_name TEXT NOT NULL,
  proposed_mentor_email TEXT NOT NULL,
  proposed_mentor_phone TEXT NOT NULL,
  supervisor_id INTEGER REFERENCES users(id),
  status TEXT NOT NULL,
  motivation TEXT NOT NULL,
  reuse_override_reason TEXT NOT NULL,
  signed_by_student TEXT,
  signed_by_organisation TEXT,
  signed_by_school TEXT,
  agreement_document_id INTEGER REFERENCES documents(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX placements_by_cohort ON placements(cohort_id, status);
CREATE INDEX placements_by_student ON placements(student_id);
CREATE INDEX placements_by_mentor ON placements(mentor_id);
CREATE INDEX placements_by_supervisor ON placements(supervisor_id);
CREATE INDEX placements_by_organisation ON placements(organisation_id);

CREATE TABLE placement_tasks (
  placement_id INTEGER NOT NULL REFERENCES placements(id),
  position INTEGER NOT NULL,
  domain TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (placement_id, position)
) STRICT;

-- The history of a placement as its people see it: who did what, when, and why.
CREATE TABLE placement_events (
  id INTEGER PRIMARY KEY,
  placement_id INTEGER NOT NULL REFERENCES placements(id),
  at INTEGER NOT NULL,
  actor_id INTEGER REFERENCES users(id),
  action TEXT NOT NULL,
  comment TEXT NOT NULL
) STRICT;
CREATE INDEX placement_events_by_placement ON placement_events(placement_id, id);

-- R17: the school's Dimona declaration of type STG for a student and academic year.
CREATE TABLE dimona_records (
  student_id INTEGER NOT NULL REFERENCES users(id),
  academic_year TEXT NOT NULL,
  reference TEXT NOT NULL,
  recorded_by INTEGER NOT NULL REFERENCES users(id),
  recorded_at INTEGER NOT NULL,
  PRIMARY KEY (student_id, academic_year)
) STRICT;
