using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sightline.Storage.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agencies",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    local_authority = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agencies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "households",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_households", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "persons",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    role = table.Column<string>(type: "text", nullable: false),
                    sex = table.Column<string>(type: "text", nullable: false),
                    born = table.Column<DateOnly>(type: "date", nullable: true),
                    due = table.Column<DateOnly>(type: "date", nullable: true),
                    nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    name = table.Column<string>(type: "text", nullable: true),
                    mobility = table.Column<string>(type: "text", nullable: true),
                    gp_registered = table.Column<bool>(type: "boolean", nullable: false),
                    local_authority = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_persons", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source_agency_id = table.Column<string>(type: "text", nullable: false),
                    source_id = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    agency_id = table.Column<string>(type: "text", nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events", x => x.sequence);
                    table.ForeignKey(
                        name: "FK_events_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_events_agencies_source_agency_id",
                        column: x => x.source_agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "household_members",
                columns: table => new
                {
                    household_id = table.Column<string>(type: "text", nullable: false),
                    person_id = table.Column<string>(type: "text", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_household_members", x => new { x.household_id, x.person_id });
                    table.ForeignKey(
                        name: "FK_household_members_households_household_id",
                        column: x => x.household_id,
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_household_members_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "person_history_facts",
                columns: table => new
                {
                    person_id = table.Column<string>(type: "text", nullable: false),
                    fact = table.Column<string>(type: "text", nullable: false),
                    known_to = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_history_facts", x => new { x.person_id, x.fact });
                    table.ForeignKey(
                        name: "FK_person_history_facts_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "relationships",
                columns: table => new
                {
                    from_person_id = table.Column<string>(type: "text", nullable: false),
                    to_person_id = table.Column<string>(type: "text", nullable: false),
                    type = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_relationships", x => new { x.from_person_id, x.to_person_id, x.type });
                    table.ForeignKey(
                        name: "FK_relationships_persons_from_person_id",
                        column: x => x.from_person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_relationships_persons_to_person_id",
                        column: x => x.to_person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "event_links",
                columns: table => new
                {
                    event_sequence = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<string>(type: "text", nullable: false),
                    linked_person_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_links", x => new { x.event_sequence, x.person_id, x.linked_person_id });
                    table.ForeignKey(
                        name: "FK_event_links_events_event_sequence",
                        column: x => x.event_sequence,
                        principalTable: "events",
                        principalColumn: "sequence",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_event_links_persons_linked_person_id",
                        column: x => x.linked_person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_event_links_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "event_subjects",
                columns: table => new
                {
                    event_sequence = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_subjects", x => new { x.event_sequence, x.person_id });
                    table.ForeignKey(
                        name: "FK_event_subjects_events_event_sequence",
                        column: x => x.event_sequence,
                        principalTable: "events",
                        principalColumn: "sequence",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_event_subjects_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agencies_area_kind",
                table: "agencies",
                columns: new[] { "local_authority", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_event_links_linked_person",
                table: "event_links",
                column: "linked_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_links_person",
                table: "event_links",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_subjects_person",
                table: "event_subjects",
                columns: new[] { "person_id", "event_sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_events_agency_id",
                table: "events",
                column: "agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_kind",
                table: "events",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "ux_events_source",
                table: "events",
                columns: new[] { "source_agency_id", "source_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_household_members_person",
                table: "household_members",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_persons_nhs_number",
                table: "persons",
                column: "nhs_number");

            migrationBuilder.CreateIndex(
                name: "ix_persons_role",
                table: "persons",
                column: "role");

            migrationBuilder.CreateIndex(
                name: "ix_relationships_to_person",
                table: "relationships",
                column: "to_person_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "event_links");

            migrationBuilder.DropTable(
                name: "event_subjects");

            migrationBuilder.DropTable(
                name: "household_members");

            migrationBuilder.DropTable(
                name: "person_history_facts");

            migrationBuilder.DropTable(
                name: "relationships");

            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "households");

            migrationBuilder.DropTable(
                name: "persons");

            migrationBuilder.DropTable(
                name: "agencies");
        }
    }
}
