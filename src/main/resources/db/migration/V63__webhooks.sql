-- Webhooks for firms (issue 16): the firm's endpoints, the outbox of deliveries (one row per event and endpoint,
-- written in the transaction of the cause) and the log of every attempt. The signing secret is kept as is:
-- HMAC needs it to sign, and it is never shown again after creation or rotation (docs/webhooks.md).
CREATE TABLE webhook_endpoint (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    firm_id     BIGINT       NOT NULL,
    url         VARCHAR(500) NOT NULL,
    events      VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL,
    secret      VARCHAR(100) NOT NULL,
    created_at  ${ts}        NOT NULL,
    updated_at  ${ts}        NOT NULL
);
CREATE INDEX ix_webhook_endpoint_firm ON webhook_endpoint (firm_id);

CREATE TABLE webhook_delivery (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    endpoint_id     BIGINT       NOT NULL,
    event_id        VARCHAR(36)  NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    event_key       VARCHAR(120) NOT NULL,
    payload         ${text}      NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at ${ts}        NOT NULL,
    created_at      ${ts}        NOT NULL,
    delivered_at    ${ts},
    CONSTRAINT fk_webhook_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id) ON DELETE CASCADE
);
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_webhook_delivery_key ON webhook_delivery (endpoint_id, event_key);

CREATE TABLE webhook_attempt (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    delivery_id  BIGINT       NOT NULL,
    endpoint_id  BIGINT       NOT NULL,
    attempt_no   INT          NOT NULL,
    attempted_at ${ts}        NOT NULL,
    http_status  INT,
    error        VARCHAR(300),
    duration_ms  BIGINT       NOT NULL,
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE
);
CREATE INDEX ix_webhook_attempt_endpoint ON webhook_attempt (endpoint_id, id);
