using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sightline.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FlagCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_plan_flags",
                table: "plan_flags");

            migrationBuilder.AddColumn<string>(
                name: "category",
                table: "plan_flags",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ended",
                table: "plan_flags",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "email",
                table: "agencies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "out_of_hours_phone",
                table: "agencies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "phone",
                table: "agencies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_plan_flags",
                table: "plan_flags",
                columns: new[] { "child_id", "plan", "started" });

            migrationBuilder.CreateTable(
                name: "household_plans",
                columns: table => new
                {
                    person_id = table.Column<string>(type: "TEXT", nullable: false),
                    member_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_household_plans", x => new { x.person_id, x.member_id });
                });

            // Written by hand: plan_flags now keeps ended plans and household_plans is new, and both
            // are filled by the live protocols. Forgetting the case runs makes the scheduler run
            // every family again at start-up, which fills them from the event log.
            migrationBuilder.Sql("DELETE FROM case_runs;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "household_plans");

            migrationBuilder.DropPrimaryKey(
                name: "PK_plan_flags",
                table: "plan_flags");

            migrationBuilder.DropColumn(
                name: "category",
                table: "plan_flags");

            migrationBuilder.DropColumn(
                name: "ended",
                table: "plan_flags");

            migrationBuilder.DropColumn(
                name: "email",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "out_of_hours_phone",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "phone",
                table: "agencies");

            migrationBuilder.AddPrimaryKey(
                name: "PK_plan_flags",
                table: "plan_flags",
                columns: new[] { "child_id", "plan" });
        }
    }
}
