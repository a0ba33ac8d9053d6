<?php
/*
 * Builds the WordPress test site and writes its WXR export, through WordPress's own PHP API only.
 * Run with PHP's CLI on a machine with Debian's `wordpress` package and a local MariaDB (see README.md):
 *   php make-fixture.php install
 *   php make-fixture.php content
 *   php make-fixture.php export > vestnik-fixture.wordpress.xml
 * Each stage is its own process because WordPress must know at load time whether it is installing.
 */

$stage = $argv[1] ?? '';
if (!in_array($stage, ['install', 'content', 'export'], true)) {
    fwrite(STDERR, "usage: php make-fixture.php install|content|export\n");
    exit(2);
}

// Debian's wp-config.php picks /etc/wordpress/config-<host>.php from the request's host.
$_SERVER['HTTP_HOST'] = 'news.example.org';
$_SERVER['SERVER_NAME'] = 'news.example.org';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['HTTPS'] = 'on';

if ($stage === 'install') {
    define('WP_INSTALLING', true);
}
require '/usr/share/wordpress/wp-load.php';

const SITE = 'https://news.example.org';

if ($stage === 'install') {
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    $result = wp_install('Вестник: тестовый сайт', 'admin', 'admin@news.example.org', true, '', 'fixture-admin-password', 'ru_RU');
    update_option('siteurl', SITE);
    update_option('home', SITE);
    update_option('timezone_string', 'Europe/Moscow');
    update_option('blogdescription', 'Новости на русском и английском');
    update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
    update_option('thread_comments', 1);
    update_option('thread_comments_depth', 5);
    echo "installed, admin user id {$result['user_id']}\n";
    exit(0);
}

if ($stage === 'export') {
    require_once ABSPATH . 'wp-admin/includes/export.php';
    wp_set_current_user(1);
    export_wp(['content' => 'all']);
    exit(0);
}

// Stage "content".
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
require_once ABSPATH . 'wp-admin/includes/taxonomy.php';

// The administrator holds unfiltered_html, so block comments and embeds are stored as written.
wp_set_current_user(1);

function must($value, string $what)
{
    if (is_wp_error($value) || !$value) {
        fwrite(STDERR, "failed: $what: " . (is_wp_error($value) ? $value->get_error_message() : 'no result') . "\n");
        exit(1);
    }
    return $value;
}

function term(string $name, string $taxonomy, string $slug = '', int $parent = 0): int
{
    $args = ['parent' => $parent];
    if ($slug !== '') {
        $args['slug'] = $slug;
    }
    $term = must(wp_insert_term($name, $taxonomy, $args), "term $name");
    return (int) $term['term_id'];
}

function author(string $login, string $first, string $last, string $email): int
{
    return (int) must(wp_insert_user([
        'user_login' => $login,
        'user_pass' => wp_generate_password(24),
        'user_email' => $email,
        'first_name' => $first,
        'last_name' => $last,
        'display_name' => "$first $last",
        'nickname' => "$first $last",
        'role' => 'author',
        'description' => "Корреспондент «Вестника»",
    ]), "user $login");
}

function post(array $fields): int
{
    $fields += ['post_type' => 'post', 'post_status' => 'publish', 'comment_status' => 'open'];
    $fields['post_date_gmt'] = get_gmt_from_date($fields['post_date']);
    return (int) must(wp_insert_post(wp_slash($fields), true), "post {$fields['post_title']}");
}

// A small generated picture: a gradient with a bar, so each file is distinct and decodes.
function picture(string $path, int $width, int $height, array $from, array $to, string $type): void
{
    $image = imagecreatetruecolor($width, $height);
    for ($y = 0; $y < $height; $y++) {
        $t = $y / max(1, $height - 1);
        $colour = imagecolorallocate($image,
            (int) ($from[0] + ($to[0] - $from[0]) * $t),
            (int) ($from[1] + ($to[1] - $from[1]) * $t),
            (int) ($from[2] + ($to[2] - $from[2]) * $t));
        imageline($image, 0, $y, $width - 1, $y, $colour);
    }
    imagefilledrectangle($image, (int) ($width * 0.1), (int) ($height * 0.6), (int) ($width * 0.5), (int) ($height * 0.75),
        imagecolorallocate($image, 250, 250, 240));
    $type === 'png' ? imagepng($image, $path) : imagejpeg($image, $path, 82);
    imagedestroy($image);
}

function attach(string $file, int $parent, string $title, string $alt, string $caption): int
{
    $copy = wp_tempnam($file);
    copy($file, $copy);
    $id = (int) must(media_handle_sideload(['name' => basename($file), 'tmp_name' => $copy], $parent, $title,
        ['post_excerpt' => $caption]), "media $file");
    update_post_meta($id, '_wp_attachment_image_alt', $alt);
    return $id;
}

function comment(int $post, string $author, string $email, string $text, string $date, $approved, int $parent = 0, int $user = 0): int
{
    return (int) must(wp_insert_comment([
        'comment_post_ID' => $post,
        'comment_author' => $author,
        'comment_author_email' => $email,
        'comment_author_IP' => '192.0.2.' . (10 + $post % 200),
        'comment_content' => $text,
        'comment_date' => $date,
        'comment_date_gmt' => get_gmt_from_date($date),
        'comment_approved' => $approved,
        'comment_parent' => $parent,
        'user_id' => $user,
        'comment_agent' => 'Mozilla/5.0 (fixture)',
    ]), "comment by $author");
}

$anna = author('apetrova', 'Анна', 'Петрова', 'apetrova@news.example.org');
$ivan = author('ismirnov', 'Иван', 'Смирнов', 'ismirnov@news.example.org');

$news = term('Новости', 'category', 'novosti');
$politics = term('Политика', 'category', '', $news);
$economy = term('Экономика', 'category', '', $news);
$culture = term('Культура', 'category', 'kultura');
$world = term('World', 'category', 'world');
term('выборы', 'post_tag');
term('бюджет', 'post_tag');
term('Москва', 'post_tag');
term('climate', 'post_tag');
term('Telegram', 'post_tag', 'telegram');

$work = sys_get_temp_dir() . '/vestnik-wp-fixture';
wp_mkdir_p($work);
picture("$work/gorodskaya-duma.jpg", 640, 427, [30, 60, 120], [200, 210, 230], 'jpeg');
picture("$work/byudzhet-grafik.png", 480, 300, [240, 240, 240], [90, 140, 60], 'png');
picture("$work/vystavka-1.jpg", 600, 400, [120, 30, 40], [240, 200, 120], 'jpeg');
picture("$work/vystavka-2.jpg", 400, 600, [20, 90, 80], [210, 240, 200], 'jpeg');
picture("$work/harbour.jpg", 640, 360, [10, 40, 90], [180, 220, 240], 'jpeg');

// 1. Russian, Gutenberg: paragraph, heading, list, quote, image; featured image; comment threads.
$elections = post([
    'post_title' => 'Выборы в городскую думу: что изменилось',
    'post_name' => 'выборы-в-городскую-думу',
    'post_author' => $anna,
    'post_date' => '2026-11-02 09:15:00',
    'post_category' => [$politics],
    'tags_input' => ['выборы', 'Москва'],
    'post_excerpt' => 'Новые правила голосования и участки.',
    'post_content' => '',
]);
$dumaPhoto = attach("$work/gorodskaya-duma.jpg", $elections, 'Здание городской думы', 'Фасад здания городской думы', 'Здание думы утром');
set_post_thumbnail($elections, $dumaPhoto);
$dumaUrl = wp_get_attachment_url($dumaPhoto);
wp_update_post(wp_slash(['ID' => $elections, 'post_content' => <<<HTML
<!-- wp:paragraph -->
<p>Избирательная комиссия утвердила <strong>новые правила</strong> голосования. Подробности — на <a href="https://example.org/izbirkom">сайте комиссии</a>.</p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2 class="wp-block-heading">Что изменилось</h2>
<!-- /wp:heading -->

<!-- wp:list -->
<ul><!-- wp:list-item -->
<li>Участки открыты с 8 до 20 часов</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>Голосовать можно <em>три дня</em></li>
<!-- /wp:list-item --></ul>
<!-- /wp:list -->

<!-- wp:list {"ordered":true} -->
<ol><!-- wp:list-item -->
<li>Найдите свой участок</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>Возьмите паспорт</li>
<!-- /wp:list-item --></ol>
<!-- /wp:list -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>«Мы ждём высокую явку», — сказал председатель комиссии.</p>
<!-- /wp:paragraph --><cite>Председатель избирательной комиссии</cite></blockquote>
<!-- /wp:quote -->

<!-- wp:image {"id":$dumaPhoto,"sizeSlug":"full","linkDestination":"none"} -->
<figure class="wp-block-image size-full"><img src="$dumaUrl" alt="Фасад здания городской думы" class="wp-image-$dumaPhoto"/><figcaption class="wp-element-caption">Здание думы утром</figcaption></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":3} -->
<h3 class="wp-block-heading">Сроки</h3>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p>Итоги подведут через неделю после голосования.</p>
<!-- /wp:paragraph -->
HTML]));

// 2. Russian, Gutenberg: pullquote, gallery, table.
$budget = post([
    'post_title' => 'Бюджет города на 2027 год: расходы и доходы',
    'post_name' => 'бюджет-города-на-2027-год',
    'post_author' => $ivan,
    'post_date' => '2026-11-03 12:40:00',
    'post_category' => [$economy],
    'tags_input' => ['бюджет', 'Москва'],
    'post_content' => '',
]);
$chart = attach("$work/byudzhet-grafik.png", $budget, 'График расходов', 'Столбчатая диаграмма расходов бюджета', 'Расходы по статьям');
$exhibitionOne = attach("$work/vystavka-1.jpg", $budget, 'Новая набережная', 'Набережная после ремонта', 'Набережная');
$exhibitionTwo = attach("$work/vystavka-2.jpg", $budget, 'Новый парк', 'Аллея в новом парке', 'Парк');
set_post_thumbnail($budget, $chart);
$chartUrl = wp_get_attachment_url($chart);
$oneUrl = wp_get_attachment_url($exhibitionOne);
$twoUrl = wp_get_attachment_url($exhibitionTwo);
wp_update_post(wp_slash(['ID' => $budget, 'post_content' => <<<HTML
<!-- wp:paragraph -->
<p>Депутаты приняли бюджет в первом чтении.</p>
<!-- /wp:paragraph -->

<!-- wp:pullquote -->
<figure class="wp-block-pullquote"><blockquote><p>Бюджет остаётся социальным</p><cite>Министр финансов</cite></blockquote></figure>
<!-- /wp:pullquote -->

<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>Статья</th><th>2026, млрд ₽</th><th>2027, млрд ₽</th></tr></thead><tbody><tr><td>Образование</td><td>410</td><td>436</td></tr><tr><td>Транспорт</td><td>380</td><td>402</td></tr></tbody></table><figcaption class="wp-element-caption">Расходы по статьям</figcaption></figure>
<!-- /wp:table -->

<!-- wp:image {"id":$chart,"sizeSlug":"full","linkDestination":"none"} -->
<figure class="wp-block-image size-full"><img src="$chartUrl" alt="Столбчатая диаграмма расходов бюджета" class="wp-image-$chart"/></figure>
<!-- /wp:image -->

<!-- wp:gallery {"linkTo":"none"} -->
<figure class="wp-block-gallery has-nested-images columns-default is-cropped"><!-- wp:image {"id":$exhibitionOne,"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="$oneUrl" alt="Набережная после ремонта" class="wp-image-$exhibitionOne"/><figcaption class="wp-element-caption">Набережная</figcaption></figure>
<!-- /wp:image -->

<!-- wp:image {"id":$exhibitionTwo,"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="$twoUrl" alt="Аллея в новом парке" class="wp-image-$exhibitionTwo"/><figcaption class="wp-element-caption">Парк</figcaption></figure>
<!-- /wp:image --><figcaption class="blocks-gallery-caption wp-element-caption">На что потратили в прошлом году</figcaption></figure>
<!-- /wp:gallery -->
HTML]));

// 3. Russian, Gutenberg embeds: a YouTube video and a Telegram post.
$embeds = post([
    'post_title' => 'Мэр ответил на вопросы жителей',
    'post_name' => 'мэр-ответил-на-вопросы-жителей',
    'post_author' => $anna,
    'post_date' => '2026-11-04 18:05:00',
    'post_category' => [$politics],
    'tags_input' => ['Москва', 'Telegram'],
    'post_content' => <<<HTML
<!-- wp:paragraph -->
<p>Прямая линия продолжалась два часа.</p>
<!-- /wp:paragraph -->

<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube","responsive":true,"className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=dQw4w9WgXcQ
</div><figcaption class="wp-element-caption">Запись трансляции</figcaption></figure>
<!-- /wp:embed -->

<!-- wp:paragraph -->
<p>Главное мэр повторил в своём канале:</p>
<!-- /wp:paragraph -->

<!-- wp:embed {"url":"https://t.me/durov/142"} -->
<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">
https://t.me/durov/142
</div></figure>
<!-- /wp:embed -->
HTML,
]);

// 4. Russian, classic editor HTML with [caption] and a shortcode of a plugin the site no longer has.
$classicPhoto = attach("$work/harbour.jpg", 0, 'Порт на рассвете', 'Краны грузового порта на рассвете', 'Грузовой порт');
$classicUrl = wp_get_attachment_url($classicPhoto);
$classic = post([
    'post_title' => 'Порт увеличил грузооборот',
    'post_name' => 'порт-увеличил-грузооборот',
    'post_author' => $ivan,
    'post_date' => '2026-10-28 08:00:00',
    'post_category' => [$economy],
    'tags_input' => ['бюджет'],
    'post_content' => <<<HTML
Грузооборот порта вырос на <strong>12 %</strong> за девять месяцев.

[caption id="attachment_$classicPhoto" align="aligncenter" width="640"]<img class="size-full wp-image-$classicPhoto" src="$classicUrl" alt="Краны грузового порта на рассвете" width="640" height="360" /> Грузовой порт. Фото: пресс-служба[/caption]

<h3>Планы</h3>
В следующем году порт рассчитывает принять <em>новые суда</em>:
<ul>
	<li>контейнеровозы;</li>
	<li>танкеры.</li>
</ul>
<blockquote>Мы готовы к росту.</blockquote>
[contact-form-7 id="42" title="Напишите в редакцию"]

Подписывайтесь на нашу рассылку.
HTML,
]);
wp_update_post(['ID' => $classicPhoto, 'post_parent' => $classic]);

// 5. Culture, Russian, no images, a category at the top level and no tags.
post([
    'post_title' => 'В музее открылась выставка «Северный модерн»',
    'post_name' => 'выставка-северный-модерн',
    'post_author' => $anna,
    'post_date' => '2026-11-05 11:30:00',
    'post_category' => [$culture],
    'post_content' => "<!-- wp:paragraph -->\n<p>Выставка продлится до весны. Вход — по билетам музея.</p>\n<!-- /wp:paragraph -->",
]);

// 6. English, Gutenberg, with comments.
$harbour = post([
    'post_title' => 'Harbour traffic hits a record',
    'post_name' => 'harbour-traffic-record',
    'post_author' => $ivan,
    'post_date' => '2026-11-06 07:45:00',
    'post_category' => [$world],
    'tags_input' => ['climate'],
    'post_content' => <<<HTML
<!-- wp:paragraph -->
<p>The port handled more ships in October than in any month before.</p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2 class="wp-block-heading">Why it matters</h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p>Shipping lines moved routes north as the ice retreated.</p>
<!-- /wp:paragraph -->
HTML,
]);
set_post_thumbnail($harbour, $classicPhoto);

// 7. English, classic HTML.
post([
    'post_title' => 'City council approves new bike lanes',
    'post_name' => 'city-council-bike-lanes',
    'post_author' => $anna,
    'post_date' => '2026-11-06 15:20:00',
    'post_category' => [$world],
    'post_content' => "The council voted <strong>31 to 4</strong> for the plan.\n\nWork starts in <a href=\"https://example.org/plan\">spring</a>.",
]);

// 8. A draft, a scheduled post and a private post.
post([
    'post_title' => 'Черновик: интервью с директором театра',
    'post_name' => '',
    'post_author' => $anna,
    'post_status' => 'draft',
    'post_date' => '2026-11-07 10:00:00',
    'post_category' => [$culture],
    'post_content' => "<!-- wp:paragraph -->\n<p>Текст готовится.</p>\n<!-- /wp:paragraph -->",
]);
post([
    'post_title' => 'Election results will be announced on Monday',
    'post_name' => 'election-results-monday',
    'post_author' => $ivan,
    'post_status' => 'future',
    'post_date' => '2030-01-14 09:00:00',
    'post_category' => [$world],
    'post_content' => "<!-- wp:paragraph -->\n<p>The commission will publish the count at nine.</p>\n<!-- /wp:paragraph -->",
]);
post([
    'post_title' => 'Внутренняя заметка для редакции',
    'post_name' => 'vnutrennyaya-zametka',
    'post_author' => $ivan,
    'post_status' => 'private',
    'post_date' => '2026-11-01 17:00:00',
    'post_category' => [$news],
    'post_content' => "<!-- wp:paragraph -->\n<p>Только для сотрудников.</p>\n<!-- /wp:paragraph -->",
]);

// 9. A page.
post([
    'post_type' => 'page',
    'post_title' => 'О редакции',
    'post_name' => 'о-редакции',
    'post_author' => 1,
    'post_date' => '2026-10-01 12:00:00',
    'comment_status' => 'closed',
    'post_content' => "<!-- wp:paragraph -->\n<p>«Вестник» выходит на русском и английском языках.</p>\n<!-- /wp:paragraph -->",
]);

// Comments: a thread three deep, a pending one, spam, a reply by the author as a signed-in user.
$first = comment($elections, 'Ольга', 'olga@example.net', 'А где найти свой участок?', '2026-11-02 10:00:00', 1);
$reply = comment($elections, 'Анна Петрова', 'apetrova@news.example.org', 'На сайте комиссии есть поиск по адресу.', '2026-11-02 10:20:00', 1, $first, $anna);
comment($elections, 'Ольга', 'olga@example.net', 'Спасибо, нашла!', '2026-11-02 10:45:00', 1, $reply);
comment($elections, 'Пётр', 'petr@example.net', 'Три дня — это удобно.', '2026-11-02 12:00:00', 1);
comment($elections, 'Гость', 'guest@example.net', 'Жду модерации: ссылка <a href="https://example.net">тут</a>.', '2026-11-02 13:00:00', 0);
comment($elections, 'cheap-pills', 'spam@example.com', 'Buy cheap pills https://spam.example.com', '2026-11-02 14:00:00', 'spam');
$budgetQuestion = comment($budget, 'Сергей', 'sergey@example.net', 'Почему транспорт растёт медленнее?', '2026-11-03 14:00:00', 1);
comment($budget, 'Иван Смирнов', 'ismirnov@news.example.org', 'Часть расходов перенесли на 2028 год.', '2026-11-03 15:10:00', 1, $budgetQuestion, $ivan);
$harbourComment = comment($harbour, 'Maria', 'maria@example.net', 'Great news for the city.', '2026-11-06 09:00:00', 1);
comment($harbour, 'John', 'john@example.net', 'Is that <em>really</em> a record?', '2026-11-06 09:30:00', 1, $harbourComment);
comment($harbour, 'John', 'john@example.net', 'Waiting for approval.', '2026-11-06 09:40:00', 0);

echo "content created\n";
