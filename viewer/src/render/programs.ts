/**
 * The sigma programs the viewer registers. In fast mode the overview uses cheap programs (GL
 * lines, GL points) and emphasised items are later moved to the detailed ones. Sigma draws the
 * programs in key order, its own defaults ("circle"; "arrow", "line") first, so the fast
 * programs take those leading keys and the detailed ones come after: emphasised items land on
 * top and no per-item z-ordering is needed.
 *
 * The fast programs fade as a whole through one uniform, and each item carries an "emphasised"
 * flag that exempts it: selecting a node dims the rest of the graph and lights up its
 * neighbourhood by patching that neighbourhood's buffer entries in place, without re-indexing
 * tens of thousands of items. Moving the neighbourhood to the detailed programs (arrows,
 * curves, thickness) costs a re-indexation, so the app does it once the page is idle.
 */
import { EdgeArrowProgram, EdgeProgram, EdgeRectangleProgram, NodeCircleProgram, NodeProgram, drawDiscNodeLabel } from 'sigma/rendering';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { floatColor } from 'sigma/utils';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';

/** Program key of the 1-pixel line every non-emphasised edge uses in fast mode (sigma's "arrow" key before it stays unused). */
export const FAST_EDGE_PROGRAM = 'line';
export const FAST_NODE_PROGRAM = 'circle';
export const DETAILED_NODE_PROGRAM = 'disc';

/** Shared with the app: 1 while something is emphasised in fast mode, else 0. */
export interface FadeState {
  amount: number;
  /** The faded colour, "#rrggbb". */
  color: string;
}

/** Set by the reducers on the items the fade must spare. */
export interface EmphasisFlag {
  emphasised?: boolean;
}

type ProgramInfoLike = { gl: WebGLRenderingContext | WebGL2RenderingContext; uniformLocations: Record<string, WebGLUniformLocation> };

const FADE_UNIFORMS = ['u_matrix', 'u_fade', 'u_fadeColor'] as const;
const POINT_UNIFORMS = ['u_sizeRatio', 'u_pixelRatio', ...FADE_UNIFORMS] as const;
const { FLOAT, UNSIGNED_BYTE } = WebGLRenderingContext;

// Colours are read as premultiplied by alpha (sigma's blending); 255/254 undoes the packing's
// loss on alpha. Picking mode draws the item ids instead of colours.
const LINE_VERTEX = /* glsl */ `
attribute vec2 a_position;
attribute vec4 a_color;
attribute vec4 a_id;
attribute float a_emphasis;
uniform mat3 u_matrix;
varying vec4 v_color;
varying float v_emphasis;
void main() {
  gl_Position = vec4((u_matrix * vec3(a_position, 1)).xy, 0, 1);
#ifdef PICKING_MODE
  v_color = a_id;
#else
  v_color = a_color;
#endif
  v_color.a *= 255.0 / 254.0;
  v_emphasis = a_emphasis;
}
`;

const LINE_FRAGMENT = /* glsl */ `
precision mediump float;
varying vec4 v_color;
varying float v_emphasis;
uniform float u_fade;
uniform vec3 u_fadeColor;
void main(void) {
#ifdef PICKING_MODE
  gl_FragColor = v_color;
#else
  gl_FragColor = mix(v_color, vec4(u_fadeColor, 1.0) * v_color.a, u_fade * (1.0 - v_emphasis));
#endif
}
`;

const POINT_VERTEX = /* glsl */ `
attribute vec2 a_position;
attribute float a_size;
attribute vec4 a_color;
attribute vec4 a_id;
attribute float a_emphasis;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform mat3 u_matrix;
varying vec4 v_color;
varying float v_border;
varying float v_emphasis;
void main() {
  gl_Position = vec4((u_matrix * vec3(a_position, 1)).xy, 0, 1);
  // the sprite's side is the diameter, in device pixels
  gl_PointSize = a_size / u_sizeRatio * u_pixelRatio * 2.0;
  v_border = (0.5 / a_size) * u_sizeRatio;
#ifdef PICKING_MODE
  v_color = a_id;
#else
  v_color = a_color;
#endif
  v_color.a *= 255.0 / 254.0;
  v_emphasis = a_emphasis;
}
`;

// A disc in the point sprite, its rim smoothed over v_border.
const POINT_FRAGMENT = /* glsl */ `
precision mediump float;
varying vec4 v_color;
varying float v_border;
varying float v_emphasis;
uniform float u_fade;
uniform vec3 u_fadeColor;
void main(void) {
  float inside = 0.5 - length(gl_PointCoord - vec2(0.5, 0.5));
#ifdef PICKING_MODE
  gl_FragColor = inside > v_border ? v_color : vec4(0.0);
#else
  // faded discs turn translucent (premultiplied), so emphasised edges under them stay whole
  vec4 color = mix(v_color, vec4(u_fadeColor, 1.0) * (v_color.a * 0.35), u_fade * (1.0 - v_emphasis));
  gl_FragColor = color * clamp(inside / v_border, 0.0, 1.0);
#endif
}
`;

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`geokg/viewer-programs: fade colour must be #rrggbb, got "${hex}"`);
  return [parseInt(m[1], 16) / 255, parseInt(m[2], 16) / 255, parseInt(m[3], 16) / 255];
}

function setFade(fade: FadeState, { gl, uniformLocations }: ProgramInfoLike): void {
  gl.uniform1f(uniformLocations.u_fade, fade.amount);
  gl.uniform3fv(uniformLocations.u_fadeColor, rgb(fade.color));
}

function fadingPrograms(fade: FadeState) {
  class FadingLineProgram extends EdgeProgram<(typeof FADE_UNIFORMS)[number]> {
    getDefinition() {
      return {
        VERTICES: 2,
        VERTEX_SHADER_SOURCE: LINE_VERTEX,
        FRAGMENT_SHADER_SOURCE: LINE_FRAGMENT,
        METHOD: WebGLRenderingContext.LINES,
        UNIFORMS: FADE_UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_position', size: 2, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_emphasis', size: 1, type: FLOAT },
        ],
      };
    }
    processVisibleItem(edgeIndex: number, startIndex: number, source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData): void {
      const color = floatColor(data.color);
      const emphasis = (data as EdgeDisplayData & EmphasisFlag).emphasised ? 1 : 0;
      let i = startIndex;
      for (const end of [source, target]) {
        this.array[i++] = end.x;
        this.array[i++] = end.y;
        this.array[i++] = color;
        this.array[i++] = edgeIndex;
        this.array[i++] = emphasis;
      }
    }
    setUniforms(params: RenderParams, info: ProgramInfoLike): void {
      info.gl.uniformMatrix3fv(info.uniformLocations.u_matrix, false, params.matrix);
      setFade(fade, info);
    }
  }
  class FadingPointProgram extends NodeProgram<(typeof POINT_UNIFORMS)[number]> {
    // while faded, only emphasised nodes keep their labels
    drawLabel: typeof drawDiscNodeLabel = (context, data, settings) => {
      const flags = data as typeof data & EmphasisFlag & { forceLabel?: boolean };
      if (fade.amount > 0 && !flags.forceLabel && !flags.emphasised) return;
      drawDiscNodeLabel(context, data, settings);
    };
    getDefinition() {
      return {
        VERTICES: 1,
        VERTEX_SHADER_SOURCE: POINT_VERTEX,
        FRAGMENT_SHADER_SOURCE: POINT_FRAGMENT,
        METHOD: WebGLRenderingContext.POINTS,
        UNIFORMS: POINT_UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_position', size: 2, type: FLOAT },
          { name: 'a_size', size: 1, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_emphasis', size: 1, type: FLOAT },
        ],
      };
    }
    processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
      let i = startIndex;
      this.array[i++] = data.x;
      this.array[i++] = data.y;
      this.array[i++] = data.size;
      this.array[i++] = floatColor(data.color);
      this.array[i++] = nodeIndex;
      this.array[i++] = (data as NodeDisplayData & EmphasisFlag).emphasised ? 1 : 0;
    }
    setUniforms(params: RenderParams, info: ProgramInfoLike): void {
      const { gl, uniformLocations } = info;
      gl.uniform1f(uniformLocations.u_pixelRatio, params.pixelRatio);
      gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
      gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
      setFade(fade, info);
    }
  }
  return { FadingLineProgram, FadingPointProgram };
}

export function programClasses(fade: FadeState): Pick<Settings, 'nodeProgramClasses' | 'edgeProgramClasses'> {
  rgb(fade.color);
  const { FadingLineProgram, FadingPointProgram } = fadingPrograms(fade);
  return {
    nodeProgramClasses: { [FAST_NODE_PROGRAM]: FadingPointProgram, [DETAILED_NODE_PROGRAM]: NodeCircleProgram },
    // "arrow" is one of sigma's default keys and no edge uses it: a line program there costs the least to compile
    edgeProgramClasses: { arrow: FadingLineProgram, [FAST_EDGE_PROGRAM]: FadingLineProgram, straight: EdgeRectangleProgram, straightArrow: EdgeArrowProgram, curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram },
  } as Pick<Settings, 'nodeProgramClasses' | 'edgeProgramClasses'>;
}
