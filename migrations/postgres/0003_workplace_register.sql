-- The workplace register (R11) with closure days (R2), and mentors' profiles (R16).
CREATE TABLE organisations (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  street TEXT NOT NULL,
  postcode TEXT NOT NULL,
  city TEXT NOT NULL,
  start_minutes BIGINT NOT NULL,
  risk_analysis_valid_until TEXT,
  created_at BIGINT NOT NULL
);
CREATE INDEX organisations_by_name ON organisations(name);

CREATE TABLE organisation_closures (
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  position BIGINT NOT NULL,
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (organisation_id, position)
);

CREATE TABLE mentor_profiles (
  user_id BIGINT PRIMARY KEY REFERENCES users(id),
  job_title TEXT NOT NULL,
  years_of_hr_experience BIGINT NOT NULL,
  domains TEXT NOT NULL,
  phone TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);
