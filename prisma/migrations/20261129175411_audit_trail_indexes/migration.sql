-- The platform's audit trail reads every region's entries newest first, and the trail's filters
-- list the entities and people that appear in it by a loose index scan (lib/audit-trail/data.ts).

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_entity_idx" ON "AuditEntry"("entity");

-- CreateIndex
CREATE INDEX "AuditEntry_regionId_userId_idx" ON "AuditEntry"("regionId", "userId");
