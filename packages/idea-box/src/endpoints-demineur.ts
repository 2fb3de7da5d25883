import { z } from "zod";
import type { EndpointSchemas } from "./endpoints";
import type { demineurRoutes } from "./routes-demineur";
import * as s from "./schemas";
import * as d from "./schemas-demineur";

const box = z.strictObject({ box: s.Slug });
const boxId = z.strictObject({ box: s.Slug, id: s.Id });

/** The schemas of the Démineur's routes, spread into `endpointSchemas`. */
export const demineurEndpointSchemas = {
  createService: { params: box, body: d.ServiceCreate, response: s.Service },
  similarToCheck: { params: box, query: d.SimilarToCheckQuery, response: d.SimilarToCheckList },
  listChecks: { params: box, query: d.CheckListQuery, response: d.CheckList },
  createCheck: { params: box, body: d.CheckCreate, response: d.Check },
  getCheck: { params: boxId, response: d.Check },
  answerCheck: { params: boxId, body: d.AnswerInput, response: d.Answer },
  listAnswers: { params: boxId, response: d.AnswerList },
  decideCheck: { params: boxId, body: d.DecisionInput, response: d.Check },
  linkCheckIdea: { params: boxId, body: d.CheckIdeaLink, response: d.Check },
  checkReport: { params: boxId, query: d.ReportQuery, response: d.CheckReport },
  exportCheckJson: { params: boxId, query: d.ReportQuery, response: d.CheckReport },
  exportCheckCsv: { params: boxId, query: d.ReportQuery, response: z.string() },
  exportCheckMarkdown: { params: boxId, query: d.ReportQuery, response: z.string() },
  supportAnswer: { params: boxId, response: d.Answer },
  unsupportAnswer: { params: boxId, response: d.Answer },
  listAnswerComments: { params: boxId, response: d.AnswerCommentList },
  createAnswerComment: { params: boxId, body: d.AnswerCommentCreate, response: d.AnswerComment },
} as const satisfies Record<keyof typeof demineurRoutes, EndpointSchemas>;
