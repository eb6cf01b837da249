<#--
  tong-hop.html: the province report of `thidua consolidate`.

  Layout only. Every text arrives localized, every figure formatted (1.234,5), every bar of the
  chart measured; the model is built by vn.thidua.render.SummaryHtml. Values are escaped as HTML
  automatically. To change the layout, copy this file (and layout.ftl, if the frame changes) into
  a folder and run `thidua consolidate --templates FOLDER …`: a file found there wins.
-->
<#import "layout.ftl" as layout>
<@layout.document doc=doc title=title + " - " + subject; part>
<#if part == "style">
figure { margin: 6pt 0 9pt; break-inside: avoid; page-break-inside: avoid; }
figcaption { text-align: center; font-style: italic; font-size: 12pt; margin-top: 3pt; }
svg.bar-chart { display: block; width: 100%; height: auto; font-family: Arial, "Liberation Sans", sans-serif; }
.bar-chart .grid-line { stroke: #bbb; stroke-width: 0.5; }
.bar-chart .axis-line { stroke: #000; stroke-width: 1; }
.bar-chart .tick, .bar-chart .code { font-size: 12px; fill: #000; }
.bar-chart .value-label { font-size: 10px; fill: #000; }
.bar-chart .legend text { font-size: 12px; fill: #000; }
.bar-chart rect.value { fill: #1f4e79; }
.bar-chart rect.target { fill: #bdd7ee; stroke: #1f4e79; stroke-width: 0.75; }
<#else>
<h1>${title}</h1>
<p class="subject">${subject}</p>
<div class="rule"></div>
<p class="intro">${intro}</p>

<#list sections as sec>
<section class="part" id="${sec.id}">
<h2>${sec.numeral}. ${sec.title}</h2>
<table class="grid figures">
<thead>
<#list sec.head as row>
<tr><#list row as th><th<#if th.colspan gt 1> colspan="${th.colspan}"</#if><#if th.rowspan gt 1> rowspan="${th.rowspan}"</#if>>${th.text}</th></#list></tr>
</#list>
</thead>
<tbody>
<#list sec.units as u>
<tr class="unit" data-unit="${u.code}" data-status="${u.status}">
<td class="no">${u.no}</td>
<td class="name">${u.name}</td>
<td class="status">${u.statusText}</td>
<#list u.cells as c><td class="${c.numeric?then("num", "text")}" data-key="${c.key}">${c.text}</td></#list>
</tr>
</#list>
<tr class="total">
<td class="name" colspan="2">${sec.total.label}</td>
<td class="status"></td>
<#list sec.total.cells as c><td class="${c.numeric?then("num", "text")}" data-key="${c.key}">${c.text}</td></#list>
</tr>
</tbody>
</table>
<#if sec.chart??><@barChart sec.chart/></#if>
</section>
</#list>

<section class="part" id="timeliness">
<h2>${timeliness.numeral}. ${timeliness.title}</h2>
<#list timeliness.groups as g>
<h3>${g?counter}. ${g.title}</h3>
<#if g.items?has_content>
<ul id="${g.id}">
<#list g.items as i>
<li><span class="name">${i.name}</span><#if i.detail?has_content>: ${i.detail}</#if></li>
</#list>
</ul>
<#else>
<p id="${g.id}" class="none">${timeliness.none}</p>
</#if>
</#list>
</section>

<#if duplicates??>
<section class="part" id="duplicates">
<h2>${duplicates.numeral}. ${duplicates.title}</h2>
<table class="grid">
<thead>
<tr><#list duplicates.head as h><th>${h}</th></#list></tr>
</thead>
<tbody>
<#list duplicates.rows as d>
<tr>
<td class="no">${d.no}</td>
<td class="name">${d.name}</td>
<td class="text">${d.kind}</td>
<td><#list d.entries as e>${e}<#sep><br></#list></td>
</tr>
</#list>
</tbody>
</table>
</section>
</#if>

<#list places as p>
<section class="part places" id="${p.id}">
<h2>${p.numeral}. ${p.title}</h2>
<p class="note">${p.note}</p>
<table class="grid">
<thead>
<tr><#list p.head as h><th>${h}</th></#list></tr>
</thead>
<tbody>
<#list p.groups as g>
<#list g.entries as e>
<tr data-group="${g.no}" data-unit="${e.code}">
<#if e?is_first><td class="no" rowspan="${g.entries?size}">${g.no}</td></#if><td class="name">${e.unit}</td>
<td class="text">${e.at}</td>
<td class="name">${e.name}</td>
<#list e.places as place><td class="text">${place}</td></#list>
</tr>
</#list>
</#list>
</tbody>
</table>
</section>
</#list>

<section class="part" id="data">
<h2>${data.numeral}. ${data.title}</h2>
<#list data.lines as line>
<p>${line}</p>
</#list>
</section>
</#if>
</@layout.document>

<#macro barChart c>
<figure id="${c.id}">
<svg class="bar-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${c.width} ${c.height}" role="img" aria-labelledby="${c.id}-title ${c.id}-desc">
<title id="${c.id}-title">${c.title}</title>
<desc id="${c.id}-desc">${c.desc}</desc>
<g class="legend">
<rect class="value" x="${c.left}" y="6" width="14" height="10"/>
<text x="${c.left}" dx="20" y="15">${c.valueLabel}</text>
<rect class="target" x="${c.left}" y="24" width="14" height="10"/>
<text x="${c.left}" dx="20" y="33">${c.targetLabel}</text>
</g>
<g class="axis">
<#list c.ticks as t>
<line class="grid-line" x1="${c.left}" x2="${c.right}" y1="${t.y}" y2="${t.y}"/>
<text class="tick" x="${c.left}" dx="-4" y="${t.y}" dy="4" text-anchor="end">${t.label}</text>
</#list>
<line class="axis-line" x1="${c.left}" x2="${c.right}" y1="${c.baseline}" y2="${c.baseline}"/>
</g>
<#list c.units as u>
<g class="unit" data-unit="${u.code}">
<title>${u.title}</title>
<#list [u.value, u.target] as b>
<rect class="${b?is_first?then("value", "target")}" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"/>
<text class="value-label" x="${b.labelX}" y="${b.labelY}" text-anchor="middle">${b.text}</text>
</#list>
<text class="code" x="${u.x}" y="${c.baseline}" dy="16" text-anchor="middle">${u.code}</text>
</g>
</#list>
</svg>
<figcaption>${c.title}</figcaption>
</figure>
</#macro>
