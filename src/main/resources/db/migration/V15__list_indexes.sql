-- Lists that page by date within a scope (docs/performance.md, casework lists).
-- The ledger list pages by end date within a family or a school as well as an authority.
CREATE INDEX ix_allocation_family_end ON allocation (family_id, end_date);
CREATE INDEX ix_allocation_school_end ON allocation (school_id, end_date);
-- Bid lists show the newest first within an authority or a family.
CREATE INDEX ix_bid_authority_updated ON bid (local_authority_id, updated_at);
CREATE INDEX ix_bid_family_updated ON bid (family_id, updated_at);
