-- Curricula as versioned data, programme staff, cohorts with contacts and members, the calendar.
ALTER TABLE programmes ADD COLUMN institution TEXT NOT NULL DEFAULT '';
ALTER TABLE programmes ADD COLUMN flemish_holiday INTEGER NOT NULL DEFAULT 1;

CREATE TABLE programme_staff (
  programme_id INTEGER NOT NULL REFERENCES programmes(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  PRIMARY KEY (programme_id, user_id)
) STRICT;
CREATE INDEX programme_staff_by_user ON programme_staff(user_id);

CREATE TABLE curriculum_versions (
  id INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES programmes(id),
  number INTEGER NOT NULL,
  label TEXT NOT NULL,
  phases INTEGER NOT NULL,
  notes TEXT NOT NULL,
  origin TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  created_by INTEGER REFERENCES users(id),
  UNIQUE (programme_id, number)
) STRICT;

CREATE TABLE course_units (
  version_id INTEGER NOT NULL REFERENCES curriculum_versions(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  phase INTEGER NOT NULL,
  semester INTEGER NOT NULL,
  module_code TEXT,
  PRIMARY KEY (version_id, position)
) STRICT;

CREATE TABLE modules (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES curriculum_versions(id),
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  phase INTEGER NOT NULL,
  quarters TEXT NOT NULL,
  required_days INTEGER NOT NULL,
  description TEXT NOT NULL,
  may_share_workplace_with TEXT NOT NULL,
  UNIQUE (version_id, code)
) STRICT;

CREATE TABLE module_goals (
  module_id INTEGER NOT NULL REFERENCES modules(id),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (module_id, position)
) STRICT;

ALTER TABLE cohorts ADD COLUMN curriculum_version_id INTEGER REFERENCES curriculum_versions(id);

CREATE TABLE cohort_contacts (
  cohort_id INTEGER NOT NULL REFERENCES cohorts(id),
  position INTEGER NOT NULL,
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  phone TEXT NOT NULL,
  email TEXT NOT NULL,
  PRIMARY KEY (cohort_id, position)
) STRICT;

CREATE TABLE cohort_members (
  cohort_id INTEGER NOT NULL REFERENCES cohorts(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  member_role TEXT NOT NULL,
  student_number TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (cohort_id, user_id, member_role)
) STRICT;
CREATE INDEX cohort_members_by_user ON cohort_members(user_id);

CREATE TABLE programme_closures (
  id INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES programmes(id),
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  name TEXT NOT NULL
) STRICT;
CREATE INDEX programme_closures_by_programme ON programme_closures(programme_id);

CREATE TABLE module_calendars (
  cohort_id INTEGER NOT NULL REFERENCES cohorts(id),
  module_code TEXT NOT NULL,
  rule_json TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by INTEGER REFERENCES users(id),
  PRIMARY KEY (cohort_id, module_code)
) STRICT;

CREATE TABLE workplace_days (
  cohort_id INTEGER NOT NULL REFERENCES cohorts(id),
  module_code TEXT NOT NULL,
  day TEXT NOT NULL,
  PRIMARY KEY (cohort_id, module_code, day)
) STRICT;
CREATE INDEX workplace_days_by_day ON workplace_days(cohort_id, day);

CREATE TABLE calendar_feeds (
  user_id INTEGER PRIMARY KEY REFERENCES users(id),
  token TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
) STRICT;
