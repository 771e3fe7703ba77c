-- Attachés' search text held their e-mail, which people who may not see e-mails could then probe
-- with searches. It now holds the names only (the e-mail is matched separately for those who
-- may see it). The e-mail was the last word of the folded text; cut it off.
UPDATE attaches
SET search_text = SUBSTR(search_text, 1, LENGTH(search_text) - LENGTH(email) - 1)
WHERE email IS NOT NULL AND email <> '' AND LENGTH(search_text) > LENGTH(email);
