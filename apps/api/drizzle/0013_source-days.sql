CREATE TABLE "source_days" (
	"source_id" text NOT NULL,
	"day" date NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "source_days_source_id_day_pk" PRIMARY KEY("source_id","day")
);
