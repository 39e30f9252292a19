-- Children deleted with their parent get an index on the parent's id alone (see the conventions
-- at the top of schema.prisma): Prisma reads a project's participants, an evidence's parties, a
-- meeting's attendance... by that id, and a cascade finds the rows to delete by it. Before, the
-- regionId-first indexes could not serve those lookups: reading one project's participants
-- scanned all of them (41 ms at the benchmark's scale 10).

-- CreateIndex
CREATE INDEX "Affiliation_personId_idx" ON "Affiliation"("personId");

-- CreateIndex
CREATE INDEX "Delegation_seatId_idx" ON "Delegation"("seatId");

-- CreateIndex
CREATE INDEX "Attendance_meetingId_idx" ON "Attendance"("meetingId");

-- CreateIndex
CREATE INDEX "AgreementNote_agreementId_idx" ON "AgreementNote"("agreementId");

-- CreateIndex
CREATE INDEX "Objective_planId_idx" ON "Objective"("planId");

-- CreateIndex
CREATE INDEX "ObjectivePriorityArea_priorityAreaId_idx" ON "ObjectivePriorityArea"("priorityAreaId");

-- CreateIndex
CREATE INDEX "ObjectivePriorityArea_objectiveId_idx" ON "ObjectivePriorityArea"("objectiveId");

-- CreateIndex
CREATE INDEX "Indicator_objectiveId_idx" ON "Indicator"("objectiveId");

-- CreateIndex
CREATE INDEX "Measurement_indicatorId_idx" ON "Measurement"("indicatorId");

-- CreateIndex
CREATE INDEX "ProjectPriorityArea_projectId_idx" ON "ProjectPriorityArea"("projectId");

-- CreateIndex
CREATE INDEX "ProjectProvince_projectId_idx" ON "ProjectProvince"("projectId");

-- CreateIndex
CREATE INDEX "ProjectParticipant_projectId_idx" ON "ProjectParticipant"("projectId");

-- CreateIndex
CREATE INDEX "ProjectMember_projectId_idx" ON "ProjectMember"("projectId");

-- CreateIndex
CREATE INDEX "FundingLine_projectId_idx" ON "FundingLine"("projectId");

-- CreateIndex
CREATE INDEX "ProjectOutput_projectId_idx" ON "ProjectOutput"("projectId");

-- CreateIndex
CREATE INDEX "CooperationParty_evidenceId_idx" ON "CooperationParty"("evidenceId");

-- CreateIndex
CREATE INDEX "RecommendationFollowUp_recommendationId_idx" ON "RecommendationFollowUp"("recommendationId");

-- CreateIndex
CREATE INDEX "SurveyResponse_waveId_idx" ON "SurveyResponse"("waveId");
