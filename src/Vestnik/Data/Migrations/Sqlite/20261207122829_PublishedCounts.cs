using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vestnik.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublishedCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PublishedArticles",
                table: "Tags",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PublishedArticlesEn",
                table: "Authors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PublishedArticlesRu",
                table: "Authors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // The counts the write path keeps from now on, computed from the articles already there (status 3 is
            // Published; a tag counts the articles of its own language; language 0 is Russian, 1 English).
            migrationBuilder.Sql(
                """
                UPDATE "Tags" SET "PublishedArticles" = (
                    SELECT count(*) FROM "ArticleTags" AS x JOIN "Articles" AS a ON a."Id" = x."ArticlesId"
                    WHERE x."TagsId" = "Tags"."Id" AND a."Status" = 3 AND a."Language" = "Tags"."Language");
                """);
            migrationBuilder.Sql(
                """
                UPDATE "Authors" SET
                    "PublishedArticlesRu" = (
                        SELECT count(*) FROM "ArticleAuthor" AS x JOIN "Articles" AS a ON a."Id" = x."ArticleId"
                        WHERE x."AuthorId" = "Authors"."Id" AND a."Status" = 3 AND a."Language" = 0),
                    "PublishedArticlesEn" = (
                        SELECT count(*) FROM "ArticleAuthor" AS x JOIN "Articles" AS a ON a."Id" = x."ArticleId"
                        WHERE x."AuthorId" = "Authors"."Id" AND a."Status" = 3 AND a."Language" = 1);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublishedArticles",
                table: "Tags");

            migrationBuilder.DropColumn(
                name: "PublishedArticlesEn",
                table: "Authors");

            migrationBuilder.DropColumn(
                name: "PublishedArticlesRu",
                table: "Authors");
        }
    }
}
