-- The daily logbook (R6–R7): one entry per placement and day, with every version kept.
CREATE TABLE logbook_entries (
  id INTEGER PRIMARY KEY,
  placement_id INTEGER NOT NULL REFERENCES placements(id),
  entry_date TEXT NOT NULL,
  start_minutes INTEGER NOT NULL,
  end_minutes INTEGER NOT NULL,
  break_minutes INTEGER NOT NULL,
  activities TEXT NOT NULL,
  goals TEXT NOT NULL,  -- the module's goal numbers, comma-separated
  state TEXT NOT NULL,  -- 'draft', 'submitted', 'approved', 'returned'
  review_comment TEXT NOT NULL,
  catch_up INTEGER NOT NULL,
  version INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES users(id),
  updated_at INTEGER NOT NULL,
  submitted_at INTEGER,
  reviewed_by INTEGER REFERENCES users(id),
  reviewed_at INTEGER,
  UNIQUE (placement_id, entry_date)
) STRICT;
-- The mentor's queue and the reminders look entries up by state.
CREATE INDEX logbook_entries_by_state ON logbook_entries(state, placement_id);

CREATE TABLE logbook_entry_versions (
  entry_id INTEGER NOT NULL REFERENCES logbook_entries(id),
  version INTEGER NOT NULL,
  action TEXT NOT NULL,  -- 'saved', 'submitted', 'approved', 'returned'
  start_minutes INTEGER NOT NULL,
  end_minutes INTEGER NOT NULL,
  break_minutes INTEGER NOT NULL,
  activities TEXT NOT NULL,
  goals TEXT NOT NULL,
  state TEXT NOT NULL,
  review_comment TEXT NOT NULL,
  actor_id INTEGER NOT NULL REFERENCES users(id),
  at INTEGER NOT NULL,
  PRIMARY KEY (entry_id, version)
) STRICT;
