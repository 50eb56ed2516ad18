using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sightline.Storage.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AlertsAndObligations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "alerts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    rule = table.Column<string>(type: "text", nullable: false),
                    alert_key = table.Column<string>(type: "text", nullable: false),
                    raised_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: true),
                    message = table.Column<string>(type: "text", nullable: false),
                    subject_ids = table.Column<string>(type: "text", nullable: false),
                    notify_ids = table.Column<string>(type: "text", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alerts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_runs",
                columns: table => new
                {
                    person_id = table.Column<string>(type: "text", nullable: false),
                    family_key = table.Column<string>(type: "text", nullable: false),
                    closed_through = table.Column<DateOnly>(type: "date", nullable: false),
                    run_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_runs", x => x.person_id);
                });

            migrationBuilder.CreateTable(
                name: "obligations",
                columns: table => new
                {
                    rule = table.Column<string>(type: "text", nullable: false),
                    obligation_key = table.Column<string>(type: "text", nullable: false),
                    family_key = table.Column<string>(type: "text", nullable: false),
                    subject_ids = table.Column<string>(type: "text", nullable: false),
                    opened_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_obligations", x => new { x.rule, x.obligation_key });
                });

            migrationBuilder.CreateTable(
                name: "plan_flags",
                columns: table => new
                {
                    child_id = table.Column<string>(type: "text", nullable: false),
                    plan = table.Column<string>(type: "text", nullable: false),
                    local_authority = table.Column<string>(type: "text", nullable: false),
                    started = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_flags", x => new { x.child_id, x.plan });
                });

            migrationBuilder.CreateTable(
                name: "alert_recipients",
                columns: table => new
                {
                    alert_id = table.Column<long>(type: "bigint", nullable: false),
                    agency_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alert_recipients", x => new { x.alert_id, x.agency_id });
                    table.ForeignKey(
                        name: "FK_alert_recipients_alerts_alert_id",
                        column: x => x.alert_id,
                        principalTable: "alerts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "alert_subjects",
                columns: table => new
                {
                    alert_id = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alert_subjects", x => new { x.alert_id, x.person_id });
                    table.ForeignKey(
                        name: "FK_alert_subjects_alerts_alert_id",
                        column: x => x.alert_id,
                        principalTable: "alerts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_alert_recipients_agency",
                table: "alert_recipients",
                column: "agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_alert_subjects_person",
                table: "alert_subjects",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ux_alerts_rule_key",
                table: "alerts",
                columns: new[] { "rule", "alert_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_runs_closed_through",
                table: "case_runs",
                column: "closed_through");

            migrationBuilder.CreateIndex(
                name: "ix_case_runs_family",
                table: "case_runs",
                column: "family_key");

            migrationBuilder.CreateIndex(
                name: "ix_obligations_due",
                table: "obligations",
                column: "due_on");

            migrationBuilder.CreateIndex(
                name: "ix_obligations_family",
                table: "obligations",
                column: "family_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alert_recipients");

            migrationBuilder.DropTable(
                name: "alert_subjects");

            migrationBuilder.DropTable(
                name: "case_runs");

            migrationBuilder.DropTable(
                name: "obligations");

            migrationBuilder.DropTable(
                name: "plan_flags");

            migrationBuilder.DropTable(
                name: "alerts");
        }
    }
}
