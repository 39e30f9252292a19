-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Helix" AS ENUM ('GOVERNMENT', 'ACADEMIA', 'RESEARCH', 'BUSINESS', 'CIVIL_SOCIETY', 'INTERNATIONAL');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('REGIONAL_GOVERNMENT', 'GOVERNMENT_BUREAU', 'LOCAL_GOVERNMENT', 'NATIONAL_AGENCY', 'UNIVERSITY', 'UNIVERSITY_UNIT', 'TECHNOLOGICAL_INSTITUTE', 'RESEARCH_CENTRE', 'FIRM', 'COOPERATIVE', 'CHAMBER_OF_COMMERCE', 'BUSINESS_ASSOCIATION', 'NGO', 'PRODUCER_ORGANISATION', 'INTERNATIONAL_ORGANISATION', 'OTHER');

-- CreateEnum
CREATE TYPE "FirmSize" AS ENUM ('MICRO', 'SMALL', 'MEDIUM', 'LARGE');

-- CreateEnum
CREATE TYPE "Formality" AS ENUM ('FORMAL', 'INFORMAL');

-- CreateEnum
CREATE TYPE "IctAdoption" AS ENUM ('NONE', 'BASIC', 'INTERMEDIATE', 'ADVANCED');

-- CreateEnum
CREATE TYPE "Currency" AS ENUM ('PEN', 'USD', 'EUR');

-- CreateEnum
CREATE TYPE "CouncilKind" AS ENUM ('COUNCIL', 'FORUM');

-- CreateEnum
CREATE TYPE "CouncilStatus" AS ENUM ('INSTITUTIONALISED', 'INFORMAL', 'INACTIVE', 'DISSOLVED');

-- CreateEnum
CREATE TYPE "SeatRole" AS ENUM ('PRESIDENT', 'VICE_PRESIDENT', 'TECHNICAL_SECRETARY', 'MEMBER', 'OBSERVER');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('PENDING', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'IN_FORCE', 'EXPIRED');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "MeasurementFrequency" AS ENUM ('MONTHLY', 'QUARTERLY', 'SEMIANNUAL', 'ANNUAL', 'BIENNIAL');

-- CreateEnum
CREATE TYPE "ProjectType" AS ENUM ('BASIC_RESEARCH', 'APPLIED_RESEARCH', 'EXPERIMENTAL_DEVELOPMENT', 'INNOVATION');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'COMPLETED', 'SUSPENDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('COORDINATOR', 'PARTNER', 'FUNDER', 'BENEFICIARY');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('PRINCIPAL_INVESTIGATOR', 'CO_INVESTIGATOR', 'MEMBER');

-- CreateEnum
CREATE TYPE "FundingSource" AS ENUM ('CANON_ROYALTIES', 'CONCYTEC_PROCIENCIA', 'PROINNOVATE', 'REGIONAL_GOVERNMENT', 'INTERNATIONAL_COOPERATION', 'PRIVATE', 'OWN_RESOURCES');

-- CreateEnum
CREATE TYPE "OutputKind" AS ENUM ('PUBLICATION', 'PATENT', 'PROTOTYPE', 'TRAINING', 'TECHNOLOGY_TRANSFER');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('CONVENIO', 'JOINT_EVENT');

-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'STALLED');

-- CreateEnum
CREATE TYPE "SurveyWaveStatus" AS ENUM ('PLANNED', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "InnovationObstacle" AS ENUM ('LACK_OF_INFORMATION', 'LACK_OF_FINANCE', 'LACK_OF_SKILLED_STAFF', 'LACK_OF_SPECIALISED_SUPPLIERS', 'LACK_OF_PUBLIC_SUPPORT', 'OTHER');

-- CreateEnum
CREATE TYPE "GlobalRole" AS ENUM ('PLATFORM_ADMIN', 'NATIONAL_VIEWER');

-- CreateEnum
CREATE TYPE "RegionRole" AS ENUM ('REGIONAL_ADMIN', 'COUNCIL_SECRETARY', 'INSTITUTION_EDITOR', 'VIEWER');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'ARCHIVE', 'RESTORE', 'IMPORT', 'SIGN_IN', 'SIGN_OUT', 'SECURITY_DENIED');

-- CreateTable
CREATE TABLE "Region" (
    "id" UUID NOT NULL,
    "code" VARCHAR(4) NOT NULL,
    "reniecCode" VARCHAR(4) NOT NULL,
    "isoCode" VARCHAR(6) NOT NULL,
    "slug" VARCHAR(40) NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "capital" VARCHAR(80) NOT NULL,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "hdi2019" DECIMAL(6,4),
    "povertyRate" DECIMAL(5,2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Province" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "code" VARCHAR(4) NOT NULL,
    "reniecCode" VARCHAR(4) NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "capital" VARCHAR(80) NOT NULL,
    "isCapital" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "acronym" VARCHAR(30),
    "helix" "Helix" NOT NULL,
    "type" "ActorType" NOT NULL,
    "provinceId" UUID,
    "parentId" UUID,
    "ruc" CHAR(11),
    "ror" VARCHAR(9),
    "website" VARCHAR(300),
    "description" TEXT,
    "firmSize" "FirmSize",
    "formality" "Formality",
    "ciiuCode" VARCHAR(4),
    "ictAdoption" "IctAdoption",
    "fictional" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "givenNames" VARCHAR(120) NOT NULL,
    "familyNames" VARCHAR(120) NOT NULL,
    "email" VARCHAR(254),
    "orcid" CHAR(19),
    "fictional" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Affiliation" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "position" VARCHAR(160),
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Affiliation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Council" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "acronym" VARCHAR(30),
    "kind" "CouncilKind" NOT NULL,
    "status" "CouncilStatus" NOT NULL,
    "ordinanceNumber" VARCHAR(80),
    "ordinanceDate" DATE,
    "legalBasisUrl" VARCHAR(500),
    "establishedOn" DATE,
    "annualBudget" DECIMAL(16,2),
    "budgetCurrency" "Currency" NOT NULL DEFAULT 'PEN',
    "staffCount" INTEGER,
    "quorumNumerator" INTEGER NOT NULL DEFAULT 1,
    "quorumDenominator" INTEGER NOT NULL DEFAULT 2,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Council_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Seat" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "councilId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "role" "SeatRole" NOT NULL,
    "voting" BOOLEAN NOT NULL DEFAULT true,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Seat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "seatId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "substitutePersonId" UUID,
    "termStartsOn" DATE NOT NULL,
    "termEndsOn" DATE NOT NULL,
    "accreditation" VARCHAR(200),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "councilId" UUID NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "location" VARCHAR(200),
    "agenda" TEXT NOT NULL,
    "minutes" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "seatId" UUID NOT NULL,
    "present" BOOLEAN NOT NULL,
    "attendeePersonId" UUID,
    "asSubstitute" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "councilId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "reference" VARCHAR(40),
    "text" TEXT NOT NULL,
    "ownerActorId" UUID NOT NULL,
    "dueOn" DATE,
    "status" "AgreementStatus" NOT NULL DEFAULT 'PENDING',
    "completedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementNote" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "authorUserId" UUID,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgreementNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorityArea" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "key" VARCHAR(60) NOT NULL,
    "name" VARCHAR(160) NOT NULL,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PriorityArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "title" VARCHAR(250) NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "legalBasis" VARCHAR(250),
    "legalBasisUrl" VARCHAR(500),
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Objective" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Objective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ObjectivePriorityArea" (
    "regionId" UUID NOT NULL,
    "objectiveId" UUID NOT NULL,
    "priorityAreaId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ObjectivePriorityArea_pkey" PRIMARY KEY ("regionId","objectiveId","priorityAreaId")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "objectiveId" UUID NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "unit" VARCHAR(60) NOT NULL,
    "baselineValue" DECIMAL(18,4),
    "baselineYear" INTEGER,
    "targetValue" DECIMAL(18,4),
    "targetYear" INTEGER,
    "direction" "IndicatorDirection" NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "frequency" "MeasurementFrequency" NOT NULL DEFAULT 'ANNUAL',
    "source" VARCHAR(250),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measurement" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "measuredOn" DATE NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,
    "source" VARCHAR(250),
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "code" VARCHAR(40),
    "title" VARCHAR(300) NOT NULL,
    "summary" TEXT,
    "type" "ProjectType" NOT NULL,
    "status" "ProjectStatus" NOT NULL DEFAULT 'PROPOSED',
    "startsOn" DATE,
    "endsOn" DATE,
    "trl" INTEGER,
    "fordCode" VARCHAR(10),
    "ciiuCode" VARCHAR(4),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectPriorityArea" (
    "regionId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "priorityAreaId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectPriorityArea_pkey" PRIMARY KEY ("regionId","projectId","priorityAreaId")
);

-- CreateTable
CREATE TABLE "ProjectProvince" (
    "regionId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "provinceId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectProvince_pkey" PRIMARY KEY ("regionId","projectId","provinceId")
);

-- CreateTable
CREATE TABLE "ProjectParticipant" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "role" "ParticipantRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectMember" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "role" "TeamRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingLine" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "source" "FundingSource" NOT NULL,
    "programme" VARCHAR(200),
    "funderActorId" UUID,
    "currency" "Currency" NOT NULL DEFAULT 'PEN',
    "awardedAmount" DECIMAL(16,2) NOT NULL,
    "awardedOn" DATE,
    "executedAmount" DECIMAL(16,2),
    "executedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FundingLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectOutput" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "OutputKind" NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "producedOn" DATE NOT NULL,
    "doi" VARCHAR(200),
    "url" VARCHAR(500),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectOutput_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationEvidence" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "occurredOn" DATE NOT NULL,
    "validUntil" DATE,
    "documentUrl" VARCHAR(500),
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CooperationEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationParty" (
    "regionId" UUID NOT NULL,
    "evidenceId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CooperationParty_pkey" PRIMARY KEY ("regionId","evidenceId","actorId")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" UUID NOT NULL,
    "regionId" UUID,
    "code" VARCHAR(10) NOT NULL,
    "titleEs" VARCHAR(300) NOT NULL,
    "titleEn" VARCHAR(300) NOT NULL,
    "bodyEs" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationFollowUp" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "recommendationId" UUID NOT NULL,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "responsibleActorId" UUID,
    "actionsTaken" TEXT,
    "evidenceUrls" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RecommendationFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyWave" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "name" VARCHAR(160) NOT NULL,
    "year" INTEGER NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "status" "SurveyWaveStatus" NOT NULL DEFAULT 'PLANNED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurveyWave_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "waveId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "respondedOn" DATE NOT NULL,
    "productInnovation" BOOLEAN NOT NULL,
    "processInnovation" BOOLEAN NOT NULL,
    "marketingInnovation" BOOLEAN NOT NULL,
    "organisationalInnovation" BOOLEAN NOT NULL,
    "obstacles" "InnovationObstacle"[] DEFAULT ARRAY[]::"InnovationObstacle"[],
    "ictAdoption" "IctAdoption",
    "knowsUniversityResearch" BOOLEAN NOT NULL,
    "willingToWorkWithUniversity" BOOLEAN NOT NULL,
    "cooperatedWithUniversity" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(160) NOT NULL,
    "passwordHash" TEXT,
    "globalRole" "GlobalRole",
    "locale" VARCHAR(5) NOT NULL DEFAULT 'es',
    "disabledAt" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastSignInAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "RegionRole" NOT NULL,
    "actorId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "regionId" UUID,
    "userId" UUID,
    "action" "AuditAction" NOT NULL,
    "entity" VARCHAR(60) NOT NULL,
    "entityId" VARCHAR(60),
    "before" JSONB,
    "after" JSONB,
    "ip" VARCHAR(45),

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Region_isoCode_key" ON "Region"("isoCode");

-- CreateIndex
CREATE UNIQUE INDEX "Region_slug_key" ON "Region"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Province_code_key" ON "Province"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Province_regionId_code_key" ON "Province"("regionId", "code");

-- CreateIndex
CREATE INDEX "Actor_regionId_helix_idx" ON "Actor"("regionId", "helix");

-- CreateIndex
CREATE INDEX "Actor_regionId_type_idx" ON "Actor"("regionId", "type");

-- CreateIndex
CREATE INDEX "Actor_regionId_provinceId_idx" ON "Actor"("regionId", "provinceId");

-- CreateIndex
CREATE INDEX "Actor_regionId_ruc_idx" ON "Actor"("regionId", "ruc");

-- CreateIndex
CREATE INDEX "Actor_regionId_name_idx" ON "Actor"("regionId", "name");

-- CreateIndex
CREATE INDEX "Actor_parentId_idx" ON "Actor"("parentId");

-- CreateIndex
CREATE INDEX "Person_regionId_familyNames_idx" ON "Person"("regionId", "familyNames");

-- CreateIndex
CREATE INDEX "Person_regionId_orcid_idx" ON "Person"("regionId", "orcid");

-- CreateIndex
CREATE INDEX "Affiliation_regionId_personId_idx" ON "Affiliation"("regionId", "personId");

-- CreateIndex
CREATE INDEX "Affiliation_regionId_actorId_idx" ON "Affiliation"("regionId", "actorId");

-- CreateIndex
CREATE INDEX "Council_regionId_status_idx" ON "Council"("regionId", "status");

-- CreateIndex
CREATE INDEX "Seat_regionId_councilId_idx" ON "Seat"("regionId", "councilId");

-- CreateIndex
CREATE INDEX "Seat_regionId_actorId_idx" ON "Seat"("regionId", "actorId");

-- CreateIndex
CREATE INDEX "Delegation_regionId_seatId_termStartsOn_idx" ON "Delegation"("regionId", "seatId", "termStartsOn");

-- CreateIndex
CREATE INDEX "Delegation_regionId_termEndsOn_idx" ON "Delegation"("regionId", "termEndsOn");

-- CreateIndex
CREATE INDEX "Meeting_regionId_councilId_scheduledAt_idx" ON "Meeting"("regionId", "councilId", "scheduledAt");

-- CreateIndex
CREATE INDEX "Attendance_regionId_seatId_idx" ON "Attendance"("regionId", "seatId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_regionId_meetingId_seatId_key" ON "Attendance"("regionId", "meetingId", "seatId");

-- CreateIndex
CREATE INDEX "Agreement_regionId_councilId_status_dueOn_idx" ON "Agreement"("regionId", "councilId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "Agreement_regionId_ownerActorId_idx" ON "Agreement"("regionId", "ownerActorId");

-- CreateIndex
CREATE INDEX "Agreement_regionId_meetingId_idx" ON "Agreement"("regionId", "meetingId");

-- CreateIndex
CREATE INDEX "AgreementNote_regionId_agreementId_createdAt_idx" ON "AgreementNote"("regionId", "agreementId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PriorityArea_regionId_key_key" ON "PriorityArea"("regionId", "key");

-- CreateIndex
CREATE INDEX "Plan_regionId_status_idx" ON "Plan"("regionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Objective_regionId_planId_code_key" ON "Objective"("regionId", "planId", "code");

-- CreateIndex
CREATE INDEX "ObjectivePriorityArea_regionId_priorityAreaId_idx" ON "ObjectivePriorityArea"("regionId", "priorityAreaId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_regionId_objectiveId_code_key" ON "Indicator"("regionId", "objectiveId", "code");

-- CreateIndex
CREATE INDEX "Measurement_regionId_indicatorId_measuredOn_idx" ON "Measurement"("regionId", "indicatorId", "measuredOn");

-- CreateIndex
CREATE INDEX "Project_regionId_status_idx" ON "Project"("regionId", "status");

-- CreateIndex
CREATE INDEX "Project_regionId_startsOn_idx" ON "Project"("regionId", "startsOn");

-- CreateIndex
CREATE INDEX "ProjectPriorityArea_regionId_priorityAreaId_idx" ON "ProjectPriorityArea"("regionId", "priorityAreaId");

-- CreateIndex
CREATE INDEX "ProjectProvince_regionId_provinceId_idx" ON "ProjectProvince"("regionId", "provinceId");

-- CreateIndex
CREATE INDEX "ProjectParticipant_regionId_actorId_idx" ON "ProjectParticipant"("regionId", "actorId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectParticipant_regionId_projectId_actorId_role_key" ON "ProjectParticipant"("regionId", "projectId", "actorId", "role");

-- CreateIndex
CREATE INDEX "ProjectMember_regionId_personId_idx" ON "ProjectMember"("regionId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectMember_regionId_projectId_personId_role_key" ON "ProjectMember"("regionId", "projectId", "personId", "role");

-- CreateIndex
CREATE INDEX "FundingLine_regionId_projectId_idx" ON "FundingLine"("regionId", "projectId");

-- CreateIndex
CREATE INDEX "FundingLine_regionId_source_idx" ON "FundingLine"("regionId", "source");

-- CreateIndex
CREATE INDEX "ProjectOutput_regionId_projectId_idx" ON "ProjectOutput"("regionId", "projectId");

-- CreateIndex
CREATE INDEX "ProjectOutput_regionId_kind_producedOn_idx" ON "ProjectOutput"("regionId", "kind", "producedOn");

-- CreateIndex
CREATE INDEX "CooperationEvidence_regionId_occurredOn_idx" ON "CooperationEvidence"("regionId", "occurredOn");

-- CreateIndex
CREATE INDEX "CooperationEvidence_regionId_kind_occurredOn_idx" ON "CooperationEvidence"("regionId", "kind", "occurredOn");

-- CreateIndex
CREATE INDEX "CooperationParty_regionId_actorId_idx" ON "CooperationParty"("regionId", "actorId");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_regionId_code_key" ON "Recommendation"("regionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "RecommendationFollowUp_regionId_recommendationId_key" ON "RecommendationFollowUp"("regionId", "recommendationId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyWave_regionId_year_name_key" ON "SurveyWave"("regionId", "year", "name");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_regionId_waveId_actorId_key" ON "SurveyResponse"("regionId", "waveId", "actorId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_regionId_userId_key" ON "Membership"("regionId", "userId");

-- CreateIndex
CREATE INDEX "AuditEntry_regionId_at_idx" ON "AuditEntry"("regionId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_regionId_entity_entityId_idx" ON "AuditEntry"("regionId", "entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_userId_at_idx" ON "AuditEntry"("userId", "at");

-- AddForeignKey
ALTER TABLE "Province" ADD CONSTRAINT "Province_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Council" ADD CONSTRAINT "Council_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "Seat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_substitutePersonId_fkey" FOREIGN KEY ("substitutePersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "Seat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_attendeePersonId_fkey" FOREIGN KEY ("attendeePersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_ownerActorId_fkey" FOREIGN KEY ("ownerActorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementNote" ADD CONSTRAINT "AgreementNote_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementNote" ADD CONSTRAINT "AgreementNote_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementNote" ADD CONSTRAINT "AgreementNote_authorUserId_fkey" FOREIGN KEY ("authorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityArea" ADD CONSTRAINT "PriorityArea_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObjectivePriorityArea" ADD CONSTRAINT "ObjectivePriorityArea_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObjectivePriorityArea" ADD CONSTRAINT "ObjectivePriorityArea_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "Objective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObjectivePriorityArea" ADD CONSTRAINT "ObjectivePriorityArea_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "Objective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPriorityArea" ADD CONSTRAINT "ProjectPriorityArea_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPriorityArea" ADD CONSTRAINT "ProjectPriorityArea_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPriorityArea" ADD CONSTRAINT "ProjectPriorityArea_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectProvince" ADD CONSTRAINT "ProjectProvince_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectProvince" ADD CONSTRAINT "ProjectProvince_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectProvince" ADD CONSTRAINT "ProjectProvince_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectParticipant" ADD CONSTRAINT "ProjectParticipant_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectParticipant" ADD CONSTRAINT "ProjectParticipant_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectParticipant" ADD CONSTRAINT "ProjectParticipant_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingLine" ADD CONSTRAINT "FundingLine_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingLine" ADD CONSTRAINT "FundingLine_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingLine" ADD CONSTRAINT "FundingLine_funderActorId_fkey" FOREIGN KEY ("funderActorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectOutput" ADD CONSTRAINT "ProjectOutput_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectOutput" ADD CONSTRAINT "ProjectOutput_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationEvidence" ADD CONSTRAINT "CooperationEvidence_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationParty" ADD CONSTRAINT "CooperationParty_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationParty" ADD CONSTRAINT "CooperationParty_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "CooperationEvidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationParty" ADD CONSTRAINT "CooperationParty_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUp" ADD CONSTRAINT "RecommendationFollowUp_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUp" ADD CONSTRAINT "RecommendationFollowUp_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUp" ADD CONSTRAINT "RecommendationFollowUp_responsibleActorId_fkey" FOREIGN KEY ("responsibleActorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyWave" ADD CONSTRAINT "SurveyWave_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "SurveyWave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

