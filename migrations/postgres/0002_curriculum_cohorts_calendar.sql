-- Curricula as versioned data, programme staff, cohorts with contacts and members, the calendar.
ALTER TABLE programmes ADD COLUMN institution TEXT NOT NULL DEFAULT '';
ALTER TABLE programmes ADD COLUMN flemish_holiday BIGINT NOT NULL DEFAULT 1;

CREATE TABLE programme_staff (
  programme_id BIGINT NOT NULL REFERENCES programmes(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  PRIMARY KEY (programme_id, user_id)
);
CREATE INDEX programme_staff_by_user ON programme_staff(user_id);

CREATE TABLE curriculum_versions (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programme_id BIGINT NOT NULL REFERENCES programmes(id),
  number BIGINT NOT NULL,
  label TEXT NOT NULL,
  phases BIGINT NOT NULL,
  notes TEXT NOT NULL,
  origin TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by BIGINT REFERENCES users(id),
  UNIQUE (programme_id, number)
);

CREATE TABLE course_units (
  version_id BIGINT NOT NULL REFERENCES curriculum_versions(id),
  position BIGINT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  phase BIGINT NOT NULL,
  semester BIGINT NOT NULL,
  module_code TEXT,
  PRIMARY KEY (version_id, position)
);

CREATE TABLE modules (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version_id BIGINT NOT NULL REFERENCES curriculum_versions(id),
  position BIGINT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  phase BIGINT NOT NULL,
  quarters TEXT NOT NULL,
  required_days BIGINT NOT NULL,
  description TEXT NOT NULL,
  may_share_workplace_with TEXT NOT NULL,
  UNIQUE (version_id, code)
);

CREATE TABLE module_goals (
  module_id BIGINT NOT NULL REFERENCES modules(id),
  position BIGINT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (module_id, position)
);

ALTER TABLE cohorts ADD COLUMN curriculum_version_id BIGINT REFERENCES curriculum_versions(id);

CREATE TABLE cohort_contacts (
  cohort_id BIGINT NOT NULL REFERENCES cohorts(id),
  position BIGINT NOT NULL,
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  phone TEXT NOT NULL,
  email TEXT NOT NULL,
  PRIMARY KEY (cohort_id, position)
);

CREATE TABLE cohort_members (
  cohort_id BIGINT NOT NULL REFERENCES cohorts(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  member_role TEXT NOT NULL,
  student_number TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (cohort_id, user_id, member_role)
);
CREATE INDEX cohort_members_by_user ON cohort_members(user_id);

CREATE TABLE programme_closures (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programme_id BIGINT NOT NULL REFERENCES programmes(id),
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  name TEXT NOT NULL
);
CREATE INDEX programme_closures_by_programme ON programme_closures(programme_id);

CREATE TABLE module_calendars (
  cohort_id BIGINT NOT NULL REFERENCES cohorts(id),
  module_code TEXT NOT NULL,
  rule_json TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by BIGINT REFERENCES users(id),
  PRIMARY KEY (cohort_id, module_code)
);

CREATE TABLE workplace_days (
  cohort_id BIGINT NOT NULL REFERENCES cohorts(id),
  module_code TEXT NOT NULL,
  day TEXT NOT NULL,
  PRIMARY KEY (cohort_id, module_code, day)
);
CREATE INDEX workplace_days_by_day ON workplace_days(cohort_id, day);

CREATE TABLE calendar_feeds (
  user_id BIGINT PRIMARY KEY REFERENCES users(id),
  token TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
