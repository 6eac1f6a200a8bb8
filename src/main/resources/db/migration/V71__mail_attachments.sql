-- One optional attachment per e-mail (issue 16: the pitch slot's .ics invitation), kept with the message so a
-- retried delivery sends the same file.
ALTER TABLE outbox_message ADD COLUMN attachment_name VARCHAR(100);
ALTER TABLE outbox_message ADD COLUMN attachment_type VARCHAR(100);
ALTER TABLE outbox_message ADD COLUMN attachment ${blob};
