-- Reminders sent (R6): at most one of a kind per person and day.
CREATE TABLE reminders_sent (
  user_id BIGINT NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL,  -- 'logbook_student', 'logbook_mentor'
  sent_on TEXT NOT NULL,
  PRIMARY KEY (sent_on, kind, user_id)
);
