-- 0003_copies: each document version's MinHash signature (copies.Signature,
-- written with its extraction; NULL for texts stored before), and the
-- document it copies, set by each fusion ('' when none is known).
ALTER TABLE documents ADD COLUMN signature BLOB;
ALTER TABLE documents ADD COLUMN copy_of TEXT NOT NULL DEFAULT '';
